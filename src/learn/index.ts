// The learning core shared by broadsheet's trained parts: hashed integer features, linear models
// trained by the averaged perceptron, binary logistic models over dense features, Viterbi decoding
// for sequences, boosted trees over dense features, one shape check for every trainer's inputs, and
// a compact text encoding of the weights for generated modules.
export { finish, foldCode, HASH_START, hashRange, hashString, mix, mixChar } from './hash.js';
// Word lists as hash tables, encoded for generated modules as the weights are.
export { HashTable } from './table.js';
export { argmax, LinearModel, type Weights } from './model.js';
export { AveragedPerceptron } from './perceptron.js';
export { decodeModel, type Encoded, encodeModel, type WeightBits } from './codec.js';
export { Viterbi } from './sequence.js';
export { bestCandidate, logit, type LogisticModel, type LogisticOptions, sigmoid, trainLogistic } from './logistic.js';
export { checkTrainingShape } from './matrix.js';
export { type BoostedModel, boostedLogit, type BoostOptions, trainBoosted } from './boost.js';

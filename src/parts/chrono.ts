// The `chrono` part: chrono's English parsers only, as the whole package also builds the parsers
// of a dozen other languages when it is loaded.
export * from 'chrono-node/en';

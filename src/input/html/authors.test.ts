import { describe, expect, it } from 'vitest';
import { authorNames, cleanAuthorList, opensWithBy } from './authors.js';

describe('authorNames', () => {
  it('drops the By and a job title', () => {
    expect(authorNames('By Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
  });

  it('splits several authors in several languages', () => {
    expect(authorNames('By Ann Lee and Bo Chen')).toEqual(['Ann Lee', 'Bo Chen']);
    expect(authorNames('Par Camille Roux et Julien Marchetti')).toEqual(['Camille Roux', 'Julien Marchetti']);
    expect(authorNames('Martin Untel (avec Damien Autre et Morgane Tiers)')).toEqual(['Martin Untel', 'Damien Autre', 'Morgane Tiers']);
  });

  it('cuts dates, times and outlets after the name', () => {
    expect(authorNames('By GILLIAN MOHNEY March 11, 2015 3:46 PM')).toEqual(['Gillian Mohney']);
    expect(authorNames('Aleš Vávra před 2 hodinami')).toEqual(['Aleš Vávra']);
    expect(authorNames('By Kelli Miller\nWebMD Health News')).toEqual(['Kelli Miller']);
    expect(authorNames('Jo Park | The Daily Example')).toEqual(['Jo Park']);
  });

  it('keeps a desk credit that stands alone', () => {
    expect(authorNames('BY TMZ STAFF')).toEqual(['Tmz Staff']);
    expect(authorNames('PTI')).toEqual(['PTI']);
    expect(authorNames('Our Foreign Staff')).toEqual(['Our Foreign Staff']);
  });

  it('rejects handles, addresses, labels and split organisation names', () => {
    expect(authorNames('devindra')).toEqual([]);
    expect(authorNames('https://www.facebook.com/someone')).toEqual([]);
    expect(authorNames('Zdroj: ČTK')).toEqual([]);
    expect(authorNames('Mac & i')).toEqual([]);
  });

  it('cuts the place or outlet a writer files from or for', () => {
    expect(authorNames('by Jane Doe in Karachi')).toEqual(['Jane Doe']);
    expect(authorNames('Von Jane Doe aus Berlin')).toEqual(['Jane Doe']);
    expect(authorNames('Jane Doe for The Daily Example')).toEqual(['Jane Doe']);
  });

  it('leaves out the job title, the employer after it and an outlet beside the name', () => {
    expect(authorNames('Jane Doe, Software Engineer, Example Maps')).toEqual(['Jane Doe']);
    expect(authorNames('Jane Doe, Staff Writer, and John Roe, Reporter')).toEqual(['Jane Doe', 'John Roe']);
    expect(authorNames('Jo Park, CEO')).toEqual(['Jo Park']);
    expect(authorNames('Jo Park, AFP')).toEqual(['Jo Park']);
    expect(authorNames('Jo Park, The Daily Example')).toEqual(['Jo Park']);
    expect(authorNames('Jo Park/The Daily Example')).toEqual(['Jo Park']);
    expect(authorNames('Geprüft von Dr.')).toEqual([]);
    expect(authorNames('Monday')).toEqual([]);
  });

  it('credits no lone letter, no labelled date and no soft hyphen', () => {
    expect(authorNames('A')).toEqual([]);
    expect(authorNames('Last Update: 1/01 1:10 pm')).toEqual([]);
    expect(authorNames('Pres\u00adse\u00adstel\u00adle')).toEqual(['Pressestelle']);
  });

  it('credits no date label, no phrase and no place between full names', () => {
    expect(authorNames('Zuletzt geändert am: 15.10.2021')).toEqual([]);
    expect(authorNames('Registrierung von Neustoffen mittels QSAR')).toEqual([]);
    expect(authorNames('Jane Doe, London, John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(authorNames('Ludwig van Beethoven')).toEqual(['Ludwig van Beethoven']);
  });

  it('drops interface words, outlets after a full stop and analysis labels', () => {
    expect(authorNames('Email')).toEqual([]);
    expect(authorNames('Name *')).toEqual([]);
    expect(authorNames('Finian Cunning. Example International')).toEqual(['Finian Cunning']);
    expect(authorNames('Nelson D. Schwartz')).toEqual(['Nelson D. Schwartz']);
    expect(authorNames('Analysis by Chris Example')).toEqual(['Chris Example']);
  });

  it('drops an outlet credited beside a person, but keeps one credited alone', () => {
    expect(cleanAuthorList(['Jill Doe', 'Example Business'])).toEqual(['Jill Doe']);
    expect(cleanAuthorList(['BBC News'])).toEqual(['BBC News']);
  });

  it('accepts names in scripts without case', () => {
    expect(authorNames('作者：春春')).toEqual(['春春']);
  });

  it('dedupes across a list', () => {
    expect(cleanAuthorList(['Jane Doe', 'jane doe', 'By Jane Doe'])).toEqual(['Jane Doe']);
  });

  it('tells a By line', () => {
    expect(opensWithBy('By Jane')).toBe(true);
    expect(opensWithBy('Bylines matter')).toBe(false);
  });

describe('credit labels in many languages', () => {
  it('strips the label words of the byline vocabulary', () => {
    expect(authorNames('Veröffentlicht von Chris Jung')).toEqual(['Chris Jung']);
    expect(authorNames('Publié par Claire Dubois')).toEqual(['Claire Dubois']);
    expect(authorNames('Geplaatst door Jan de Vries')).toEqual(['Jan de Vries']);
    expect(authorNames('作者：张三')).toEqual(['张三']);
    expect(authorNames('责任编辑：李四')).toEqual(['李四']);
  });

  it('cuts a label glued to the name by markup, not an acronym', () => {
    expect(authorNames('Veröffentlicht vonChris Jung')).toEqual(['Chris Jung']);
    expect(authorNames('AFP')).toEqual(['AFP']);
  });

  it('takes the name from the next line after a label on its own line', () => {
    expect(authorNames('Eingestellt von\nder Michel')).toEqual(['der Michel']);
  });

  it('never returns a label, and drops honorifics and stray marks', () => {
    expect(authorNames('Eingestellt')).toEqual([]);
    expect(authorNames('Posted by')).toEqual([]);
    expect(authorNames('Prof. Dr. Rainer Beispiel')).toEqual(['Rainer Beispiel']);
    expect(authorNames('~ Cem Beispiel')).toEqual(['Cem Beispiel']);
  });
});
});

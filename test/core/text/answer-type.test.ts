// What a question asks for, read from its English question words alone, and whether a sentence
// says a thing of that kind.
import { describe, expect, it } from 'vitest';
import { answerTypeOf, countedWord, saysAnswerType } from '../../../src/core/text/answer-type.js';

describe('answerTypeOf', () => {
  it.each([
    ['how many handlers does the dog unit have', 'number'],
    ['how much does a spit guard cost', 'money'],
    ['whats the price of a taser 7 cartridge', 'money'],
    ['how much money went on the uplift', 'money'],
    ['whats the court fee for a warrant', 'money'],
    ['how much is the release fee', 'money'],
    ['what were the old removal fees', 'money'],
    // A price named without a question word.
    ['court fee for a closure order application', 'money'],
    ['dorset kennels cost per dog per day', 'money'],
    ['how much pava is in a canister', 'number'],
    ['what percentage of uses are red dot only', 'share'],
    ['what % of taser uses were fired', 'share'],
    ['whats the proportion of stops that find something', 'share'],
    ['how long do i stay with him at hospital', 'duration'],
    ['whats the time limit for a review', 'duration'],
    ['how long ago was the review', 'date'],
    ['how often is the refresher', 'frequency'],
    ['how old was the detainee', 'age'],
    ['at what age can a child be arrested', 'age'],
    ['whats the minimum age to hold a shotgun cert', 'age'],
    ['cpn min age', 'age'],
    ['whats the max sentence for s2a stalking', 'penalty'],
    ['penalty for RA section 5', 'penalty'],
    ['fine for refusing to hand over the booze', 'penalty'],
    ['max jail for drunk in charge', 'penalty'],
    ['max time someone can be kept prone', 'number'],
    ['when did the force switch to pava', 'date'],
    ['what year was the x2 approved', 'date'],
    ['from what date do child discharges get referred', 'date'],
    ['which section of the sentencing act is a shpo made under', 'provision'],
    ['bail guidance issued under what section', 'provision'],
    ['which act brought pnds in', 'provision'],
    // A law, not a penalty, though it names a sentence.
    ['what law lets cps ask for a sentence uplift for hate', 'provision'],
    ['whos the director general of the iopc', 'name'],
    ["who's the lead for less lethal weapons", 'name'],
    ['who was ombudsman for that case', 'name'],
    ['who wrote the guidance', 'name'],
  ])('"%s" asks for: %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });

  it.each([
    'when can i draw my taser',
    'when should the cuffs come off',
    'who decides if we get spit guards',
    'whos meant to check the expiry dates',
    'can i use pava on a child',
    'is it fine for me to carry it off duty',
    'is there a fee for a sarahs law application',
    'whats the charge for having a blade in public',
  ])('"%s" asks for no particular kind of thing', (question) => {
    expect(answerTypeOf(question)).toBeUndefined();
  });
});

describe('countedWord', () => {
  it.each([
    ['how many meals a day do detainees get', 'meals'],
    ['misper how many hours before a low risk gets upgraded', 'hours'],
    ['how much pava is in a canister', 'pava'],
    ['how many actual individuals went missing', 'individuals'],
  ])('"%s" counts %s', (question, word) => {
    expect(countedWord(question)).toBe(word);
  });

  it.each([
    'how many times was he tasered',
    'how many people got hurt',
    'whats the limit',
    'how many',
    'drug wipes how many came back positive',
    'how many died in pursuits',
    'how much did the protests in 2019 cost to police',
  ])('"%s" counts nothing in particular', (question) => {
    expect(countedWord(question)).toBeUndefined();
  });
});

describe('saysAnswerType', () => {
  it('counts only a number with a unit of time, or "for life", as a length of time', () => {
    for (const sentence of [
      'Detention is reviewed within 6 hours.',
      'A 36-hour limit applies.',
      'It lasts two weeks.',
      'The conditions apply for the lifetime of the dog.',
      'The order has effect until further order.',
    ])
      expect(saysAnswerType('duration', sentence, 'how long'), sentence).toBe(true);
    for (const sentence of ['This will take time.', 'Around 300 officers are trained.', 'A life was lost.'])
      expect(saysAnswerType('duration', sentence, 'how long'), sentence).toBe(false);
  });

  it('counts only an age as an age, not any number', () => {
    for (const sentence of [
      'The victim must be aged 16 or over.',
      'A thirteen year-old girl had gone missing.',
      'The man, a 22-year-old from Preston, was held overnight.',
      'Until the respondent has reached the age of 18, a period must be set.',
      'Applicants must be at least 18.',
      'He was 22 when he died.',
      'Officers may not use it on under-18s.',
    ])
      expect(saysAnswerType('age', sentence, 'how old'), sentence).toBe(true);
    for (const sentence of [
      'The unit has 14 handlers on its strength.',
      'There were 3 checks in the night.',
      'Seven dogs retired due to age this year.',
      'He was arrested in 2019.',
    ])
      expect(saysAnswerType('age', sentence, 'how old'), sentence).toBe(false);
  });

  it('counts a numbered provision as a section, and a law by name only when an act or law is asked for', () => {
    const section = 'which section of the sentencing act is a shpo made under';
    expect(saysAnswerType('provision', 'SHPOs are made under section 345 of the Sentencing Act 2020.', section)).toBe(
      true,
    );
    expect(saysAnswerType('provision', 'The Sentencing Act 2020 lists the orders.', section)).toBe(false);
    expect(saysAnswerType('provision', 'An offence in Schedule 3 or Schedule 5 to the 2003 Act.', section)).toBe(false);
    expect(
      saysAnswerType(
        'provision',
        'PNDs were brought in by the Criminal Justice and Police Act 2001.',
        'which act brought pnds in',
      ),
    ).toBe(true);
    expect(saysAnswerType('provision', 'Part 2 of Schedule 4 limits bail.', 'which part of sch 4 limits bail')).toBe(
      true,
    );
    expect(saysAnswerType('provision', 'Schedule 4 amends the bail rules.', 'which part of sch 4 limits bail')).toBe(
      false,
    );
  });

  it('counts imprisonment, a fine, points or a ban as a penalty, not any number', () => {
    for (const sentence of [
      'The maximum is six months imprisonment.',
      'Breach can lead to a fine of up to £5000.',
      'You may get a ban from driving and an unlimited fine.',
      'It carries 3 to 11 penalty points.',
      'A Fixed Penalty Notice of £100 can be issued.',
      'A person guilty of the offence is liable on summary conviction to a fine.',
      'The penalty is a fine or imprisonment.',
      'He was fined and banned.',
      'Offence range: Band A fine - High level community order',
      'The court imposed a suspended sentence.',
      'He was given a conditional discharge.',
    ])
      expect(saysAnswerType('penalty', sentence, 'max penalty'), sentence).toBe(true);
    for (const sentence of [
      'The order lasts two years.',
      'Breach of the order is a criminal offence.',
      // "Fine" the adjective is no penalty.
      'Each is manufactured from a fine, translucent mesh that does not impede breathing.',
      'A fine mist of spray is released.',
    ])
      expect(saysAnswerType('penalty', sentence, 'max penalty'), sentence).toBe(false);
  });

  it('counts only an amount of money as a price, not any number', () => {
    expect(saysAnswerType('money', 'Each guard costs £4.50 to buy.', 'how much does a guard cost')).toBe(true);
    expect(saysAnswerType('money', 'The uplift was funded with 6.7 million pounds.', 'how much')).toBe(true);
    expect(saysAnswerType('money', 'The TASER 7 has two cartridges.', 'how much does a taser 7 cost')).toBe(false);
  });

  it('counts a percentage, a fraction or "one in five" as a share, but not a bare count', () => {
    for (const sentence of [
      'Officers fired in 12% of uses.',
      'Eleven per cent of stops led to arrest.',
      'Almost two-thirds were drawn only.',
      'The majority were resolved without force.',
      'One in five searches found something.',
    ])
      expect(saysAnswerType('share', sentence, 'what percentage'), sentence).toBe(true);
    for (const sentence of ['Officers fired 85 times.', 'The review took place in 2019.'])
      expect(saysAnswerType('share', sentence, 'what percentage'), sentence).toBe(false);
  });

  it('counts digits and number words as numbers', () => {
    expect(saysAnswerType('number', 'The unit has 14 handlers.', 'how many')).toBe(true);
    expect(saysAnswerType('number', 'Almost a third of cases could have been calmed.', 'how many')).toBe(true);
    expect(saysAnswerType('number', 'Handlers are selected from response officers.', 'how many')).toBe(false);
  });

  it('does not count a date, a year, a version number, a code or the pronoun "one" as a number', () => {
    for (const sentence of [
      'Oscar Kilo makes wellbeing dogs available through its OK-9 dogs scheme.',
      'The approved launcher is the L104A2.',
      'The SOP, version 3.00, was published on 03/12/2020.',
      'It was reviewed in 2019 and again in May 2022.',
      'Officers carry Taser as one of their options.',
      'The code came into force on 20 December 2023.',
      'Code A 2023 has been superseded.',
      'The Taser 7 will be rolled out over the course of the next year.',
    ])
      expect(saysAnswerType('number', sentence, 'how many'), sentence).toBe(false);
    expect(saysAnswerType('number', 'The force now has 2031 trained officers.', 'how many')).toBe(true);
    expect(saysAnswerType('number', 'Around 30 officers carry it.', 'how many')).toBe(true);
    expect(saysAnswerType('number', 'The victim must be aged 16 or over.', 'how old')).toBe(true);
    expect(saysAnswerType('number', 'Probes are 10mm long.', 'how long')).toBe(true);
    expect(saysAnswerType('frequency', 'Forces publish the data on a quarterly basis.', 'how often')).toBe(true);
    expect(saysAnswerType('number', 'Forces publish the data on a quarterly basis.', 'how many')).toBe(false);
  });

  it('counts years and months, but not the modal "may", as dates', () => {
    expect(saysAnswerType('date', 'The scheme began in April 2015.', 'when did')).toBe(true);
    expect(saysAnswerType('date', 'It began in the spring.', 'when did')).toBe(false);
    expect(saysAnswerType('date', 'Officers may carry it on patrol.', 'when did')).toBe(false);
  });

  it('does not count the year the question gives, nor the year in an Act’s name, as the date asked for', () => {
    const asked = 'when did s59 of the police reform act 2002 go live';
    expect(
      saysAnswerType('date', 'Section 59 of the Police Reform Act 2002 lets a constable seize a vehicle.', asked),
    ).toBe(false);
    expect(saysAnswerType('date', 'It applies to driving contrary to the Road Traffic Act 1988.', asked)).toBe(false);
    expect(saysAnswerType('date', 'Section 59 of the 2002 Act came into force in 2003.', asked)).toBe(true);
  });

  it('does not count the number of a provision or of its paragraph as the number asked for', () => {
    const asked = 'how many weeks notice does the new keeper give';
    expect(saysAnswerType('number', 'Under section 23 of the Act a constable may search.', asked)).toBe(false);
    expect(saysAnswerType('number', '12. A person may apply to a court to be substituted if—', asked)).toBe(false);
    expect(saysAnswerType('number', '4.—(1) The prohibition in section 1(3) does not apply under Part 2.', asked)).toBe(
      false,
    );
    expect(saysAnswerType('number', 'The officer may reply within five working days: reg 64(2).', asked)).toBe(true);
    expect(saysAnswerType('number', 'There were 12 seizures under section 5.', asked)).toBe(true);
    expect(saysAnswerType('number', 'The rate was 3.5 per cent.', asked)).toBe(true);
  });

  it('does not count the year written before an instrument’s name ("the 1991 Order") as a date either', () => {
    const asked = 'when did the 2015 exemption schemes order start';
    const revokes =
      'This Order revokes and replaces the Compensation and Exemption Schemes Order 1991 (“the 1991 Order”).';
    expect(saysAnswerType('date', revokes, asked)).toBe(false);
    expect(saysAnswerType('date', 'It replaced the 1997 Regulations in full.', asked)).toBe(false);
    expect(saysAnswerType('date', 'This Order comes into force on 3rd March 2015.', asked)).toBe(true);
    expect(saysAnswerType('date', 'The 1991 scheme closed in 1992.', asked)).toBe(true);
  });

  it('counts a rare capitalised word the question does not already say as a name', () => {
    expect(saysAnswerType('name', 'It was written by Inspector Harriet Oakenshaw.', 'who wrote it')).toBe(true);
    expect(saysAnswerType('name', 'Oakenshaw wrote it, said Oakenshaw.', 'who is oakenshaw')).toBe(false);
    expect(saysAnswerType('name', 'Handlers are selected from response officers.', 'who wrote it')).toBe(false);
  });
});

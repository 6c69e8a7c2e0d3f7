import { describeFindings, findPersonalData, type PersonalDataKind } from './personal-data.js';

describe('findPersonalData', () => {
  it.each<[string, PersonalDataKind, string]>([
    ['Call Dr Smith for details', 'NAME', 'Dr Smith'],
    ['Led by PC Jones on Saturdays', 'NAME', 'PC Jones'],
    ['PCSO Amy Clarke worked on livestock worrying', 'NAME', 'PCSO Amy Clarke'],
    ['Sgt. Brown chaired it', 'NAME', 'Sgt. Brown'],
    ['Cllr O’Neill opened the hub', 'NAME', 'Cllr O’Neill'],
    ['Mrs Patel reported the theft', 'NAME', 'Mrs Patel'],
    ['Insp Hughes and the team', 'NAME', 'Insp Hughes'],
    ['Inspector Morse visited', 'NAME', 'Inspector Morse'],
    ['bought at PC World', 'NAME', 'PC World'],
    ['Email jo.bloggs@example.org to join', 'EMAIL', 'jo.bloggs@example.org'],
    ['Ring 01629 123456 after 6pm', 'PHONE', '01629 123456'],
    ['Ring 01629123456', 'PHONE', '01629123456'],
    ['Mobile 07700 900 123', 'PHONE', '07700 900 123'],
    ['Call +44 1629 123456', 'PHONE', '+44 1629 123456'],
    ['Call +44 (0)7700 900123', 'PHONE', '+44 (0)7700 900123'],
    ['Call (01629) 123456', 'PHONE', '(01629) 123456'],
    ['Call 0115-123-4567', 'PHONE', '0115-123-4567'],
    ['The farm at DE4 3AG was hit', 'POSTCODE', 'DE4 3AG'],
    ['near S32 1AB', 'POSTCODE', 'S32 1AB'],
    ['postcode SK17 6AB', 'POSTCODE', 'SK17 6AB'],
    ['a quad bike, AB12 CDE, was seized', 'VEHICLE_REGISTRATION', 'AB12 CDE'],
    ['registration AB12CDE', 'VEHICLE_REGISTRATION', 'AB12CDE'],
    ['an old Land Rover, A123 BCD', 'VEHICLE_REGISTRATION', 'A123 BCD'],
    ['a tractor registered ABC 123D', 'VEHICLE_REGISTRATION', 'ABC 123D'],
  ])('flags %j as %s', (text, kind, found) => {
    expect(findPersonalData(text)).toContainEqual({ kind, text: found });
  });

  it.each([
    'Dr. alone is not a name',
    'the PCSO and the Sgt worked together',
    'Delivered in 2024/25 and 2025/26',
    'See actions 1.3 and 2.10',
    'Over £2m protected since 2021; GBP 500K invested',
    'The DE4 area and the S32 area',
    'Q1 RAG was green, Q4 ANPR coverage grew',
    '255 offences during Operation Sparta',
    '999 calls answered in 6 seconds; 101 wait under 3 minutes',
    'Visit www.derbyshire-pcc.gov.uk/rural-crime',
    'Datatag marking of 1,250 machines',
    'Figures from 01/04/2024 to 31/03/2025',
    'Call 999 in an emergency or 101 otherwise',
    '',
  ])('does not flag %j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('lists every finding once, an email not again as a name or phone', () => {
    expect(findPersonalData('Contact PC Jones (pc.jones@example.org, 07700 900123) or PC Jones')).toEqual([
      { kind: 'EMAIL', text: 'pc.jones@example.org' },
      { kind: 'NAME', text: 'PC Jones' },
      { kind: 'PHONE', text: '07700 900123' },
    ]);
  });

  it('treats null and undefined as nothing found', () => {
    expect(findPersonalData(null)).toEqual([]);
    expect(findPersonalData(undefined)).toEqual([]);
  });
});

describe('describeFindings', () => {
  it('says what looked personal and what to do', () => {
    expect(describeFindings([{ kind: 'PHONE', text: '01629 123456' }])).toBe(
      'This looks like a phone number: 01629 123456. Remove it, or confirm it is not personal data.',
    );
  });
});

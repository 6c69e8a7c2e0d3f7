// Partner directory seed. Organisations come from the shared domain notes (DPARC partners and the
// Police and Crime Panel); see docs/seed-data.md. Websites are public homepages.
// Every contactEmail / contactPhone below is EXAMPLE data (example.org addresses and
// non-diallable 01234 000xxx numbers), not a real contact.
import type { SeedPartner } from './seed-data.types.js';

export const partners: SeedPartner[] = [
  {
    name: 'Office of the Police and Crime Commissioner for Derbyshire',
    kind: 'OPCC',
    website: 'https://www.derbyshire-pcc.gov.uk',
    description:
      "The Commissioner's team. Sets the Police and Crime Plan, convenes the Derbyshire Partnership Against Rural Crime (DPARC), owns the plans in this tracker and runs quarterly reviews.",
    contactEmail: 'opcc@example.org',
    contactPhone: '01234 000001',
  },
  {
    name: 'Derbyshire Constabulary Rural Crime Team',
    kind: 'POLICE',
    website: 'https://www.derbyshire.police.uk',
    description:
      'Specialist team investigating agricultural, equine, wildlife and heritage crime; supported by rural crime SPOC officers on Safer Neighbourhood Teams.',
    contactEmail: 'ruralcrime@example.org',
    contactPhone: '01234 000002',
  },
  {
    name: 'Derbyshire Constabulary',
    kind: 'POLICE',
    website: 'https://www.derbyshire.police.uk',
    description:
      'The police force for Derbyshire and Derby City. The Chief Constable is held to account by the Commissioner for delivering the Police and Crime Plan.',
    contactEmail: 'constabulary@example.org',
    contactPhone: '01234 000003',
  },
  {
    name: 'East Midlands Special Operations Unit',
    kind: 'POLICE',
    description:
      'Regional policing collaboration tackling serious and organised crime across the East Midlands forces.',
    contactEmail: 'emsou@example.org',
  },
  {
    name: 'Derbyshire County Council',
    kind: 'LOCAL_AUTHORITY',
    website: 'https://www.derbyshire.gov.uk',
    description: 'Upper-tier local authority for Derbyshire (trading standards, community safety, highways).',
    contactEmail: 'communitysafety@example.org',
    contactPhone: '01234 000004',
  },
  {
    name: 'Derby City Council',
    kind: 'LOCAL_AUTHORITY',
    website: 'https://www.derby.gov.uk',
    description:
      'Unitary authority for Derby; partner on city-centre retail crime and anti-social behaviour.',
    contactEmail: 'derbycity@example.org',
  },
  {
    name: 'High Peak Borough Council',
    kind: 'LOCAL_AUTHORITY',
    website: 'https://www.highpeak.gov.uk',
    description: 'District authority for the High Peak, including environmental enforcement and fly-tipping.',
    contactEmail: 'highpeak@example.org',
  },
  {
    name: 'Derbyshire Dales District Council',
    kind: 'LOCAL_AUTHORITY',
    website: 'https://www.derbyshiredales.gov.uk',
    description:
      'District authority for the Derbyshire Dales, including environmental enforcement and fly-tipping.',
    contactEmail: 'dales@example.org',
    contactPhone: '01234 000005',
  },
  {
    name: 'Amber Valley Borough Council',
    kind: 'LOCAL_AUTHORITY',
    website: 'https://www.ambervalley.gov.uk',
    description: 'Borough authority for Amber Valley; community safety partnership member.',
    contactEmail: 'ambervalley@example.org',
  },
  {
    name: 'South Derbyshire District Council',
    kind: 'LOCAL_AUTHORITY',
    website: 'https://www.southderbyshire.gov.uk',
    description: 'District authority for South Derbyshire; community safety partnership member.',
    contactEmail: 'southderbyshire@example.org',
  },
  {
    name: 'Peak District National Park Authority',
    kind: 'NATIONAL_PARK',
    website: 'https://www.peakdistrict.gov.uk',
    description:
      'National park authority; partner on heritage and wildlife crime, visitor messaging and countryside crime in the Peak District.',
    contactEmail: 'nationalpark@example.org',
    contactPhone: '01234 000006',
  },
  {
    name: 'NFU',
    kind: 'BUSINESS_BODY',
    website: 'https://www.nfuonline.com',
    description: "National Farmers' Union, representing farmers and growers in Derbyshire.",
    contactEmail: 'nfu@example.org',
    contactPhone: '01234 000007',
  },
  {
    name: 'Country Land and Business Association',
    kind: 'BUSINESS_BODY',
    website: 'https://www.cla.org.uk',
    description: 'CLA, representing landowners and rural businesses.',
    contactEmail: 'cla@example.org',
  },
  {
    name: 'Historic England',
    kind: 'STATUTORY_AGENCY',
    website: 'https://historicengland.org.uk',
    description: "The public body for England's historic environment; partner on heritage crime.",
    contactEmail: 'heritagecrime@example.org',
  },
  {
    name: 'Derbyshire Wildlife Trust',
    kind: 'CHARITY',
    website: 'https://www.derbyshirewildlifetrust.org.uk',
    description: 'Wildlife conservation charity; partner on wildlife crime awareness and reporting.',
    contactEmail: 'wildlife@example.org',
  },
  {
    name: 'Derbyshire Fire and Rescue Service',
    kind: 'FIRE_AND_RESCUE',
    website: 'https://www.derbys-fire.gov.uk',
    description: 'Fire and rescue service; partner on rural safety visits, deliberate fires and arson.',
    contactEmail: 'fireandrescue@example.org',
    contactPhone: '01234 000008',
  },
  {
    name: 'Derbyshire Victim Services',
    kind: 'CHARITY',
    description: 'Support service for victims of crime in Derbyshire, including victims of rural crime.',
    contactEmail: 'victimservices@example.org',
    contactPhone: '01234 000009',
  },
  {
    name: 'Crimestoppers',
    kind: 'CHARITY',
    website: 'https://crimestoppers-uk.org',
    description: 'Independent charity for anonymous reporting of crime.',
    contactEmail: 'crimestoppers@example.org',
  },
  {
    name: 'Derbyshire Farm Watch / Horse Watch',
    kind: 'COMMUNITY_SCHEME',
    description:
      'Community watch schemes for farmers and horse owners; alerts are sent through the Derbyshire Alert messaging system.',
    contactEmail: 'farmwatch@example.org',
  },
  {
    name: 'Derbyshire Police and Crime Panel',
    kind: 'STATUTORY_AGENCY',
    description:
      'Scrutinises the Police and Crime Commissioner and receives progress reports on the Police and Crime Plan.',
    contactEmail: 'policeandcrimepanel@example.org',
  },
];

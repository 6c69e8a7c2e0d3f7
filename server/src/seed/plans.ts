// Plan seed data. Plan titles, dates, priorities and fact-based action wording come from the
// OPCC's published documents (see docs/seed-data.md). Actions marked `example: true` are
// illustrative. For EVERY action, the status, RAG, progress, weight, supporters, start/due dates
// and all milestones (dates, completion and evidence text) are example data for the demo,
// set as if viewed in November 2026. They are not the real plan's delivery record.
import type { SeedAction, SeedPlan } from './seed-data.types.js';

const OPCC = 'Office of the Police and Crime Commissioner for Derbyshire';
const RCT = 'Derbyshire Constabulary Rural Crime Team';
const POLICE = 'Derbyshire Constabulary';
const EMSOU = 'East Midlands Special Operations Unit';
const DCC = 'Derbyshire County Council';
const DERBY_CITY = 'Derby City Council';
const HIGH_PEAK = 'High Peak Borough Council';
const DALES = 'Derbyshire Dales District Council';
const AMBER_VALLEY = 'Amber Valley Borough Council';
const SOUTH_DERBYSHIRE = 'South Derbyshire District Council';
const PDNPA = 'Peak District National Park Authority';
const NFU = 'NFU';
const CLA = 'Country Land and Business Association';
const HISTORIC_ENGLAND = 'Historic England';
const WILDLIFE_TRUST = 'Derbyshire Wildlife Trust';
const FIRE = 'Derbyshire Fire and Rescue Service';
const VICTIM_SERVICES = 'Derbyshire Victim Services';
const CRIMESTOPPERS = 'Crimestoppers';
const FARM_WATCH = 'Derbyshire Farm Watch / Horse Watch';

// ---------------------------------------------------------------------------------------------
// Derbyshire Rural Crime Strategy and Action Plan 2024-2027
// ---------------------------------------------------------------------------------------------

const ruralPriority1: SeedAction[] = [
  {
    ref: '1.1',
    title: 'Datatag marking of agricultural machinery and vehicles',
    description:
      'Continue the Commissioner-funded Datatag scheme marking agricultural machinery and vehicles across rural Derbyshire. More than £2m of machinery and vehicles has been protected with Datatag since 2021, and the Rural Crime Team received the 2023 Rob Oliver Award from the Construction Equipment Association.',
    lead: OPCC,
    supporters: [RCT, NFU],
    startDate: '2024-04-01',
    dueDate: '2027-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 70,
    weight: 2,
    area: 'RURAL',
    milestones: [
      {
        title: 'Datatag funding renewed for 2024/25',
        dueDate: '2024-06-30',
        completedOn: '2024-06-14',
        evidence:
          'Funding renewal confirmed at the DPARC meeting; marking sessions booked with local NFU branches.',
      },
      {
        title: 'Marking sessions held at livestock markets during 2025/26',
        dueDate: '2026-03-31',
        completedOn: '2026-03-20',
        evidence: 'Session log kept by the Rural Crime Team, with numbers of machines marked at each market.',
      },
      {
        title: 'Review of scheme uptake and recovered property',
        dueDate: '2027-01-31',
      },
    ],
  },
  {
    ref: '1.2',
    title: 'Rural Crime Team investigations into agricultural, equine, wildlife and heritage crime',
    description:
      'The Rural Crime Team investigates and disrupts crime across its four priorities: Agricultural, Equine, Wildlife and Heritage. The team undertook 286 criminal investigations in the 12 months reported in March 2024.',
    lead: RCT,
    supporters: [POLICE],
    startDate: '2024-04-01',
    dueDate: '2027-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 65,
    weight: 3,
    area: 'RURAL',
    milestones: [
      {
        title: 'Annual investigations summary for 2024/25 presented to DPARC',
        dueDate: '2025-05-31',
        completedOn: '2025-05-22',
        evidence: 'Summary by crime type (agricultural, equine, wildlife, heritage) presented and minuted.',
      },
      {
        title: 'Annual investigations summary for 2025/26 presented to DPARC',
        dueDate: '2026-05-31',
        completedOn: '2026-06-10',
        evidence: 'Presented at the June DPARC meeting (slipped from May because of meeting dates).',
      },
      {
        title: 'End-of-strategy investigations summary',
        dueDate: '2027-03-31',
      },
    ],
  },
  {
    ref: '1.3',
    title: 'Rural crime SPOC officers on Safer Neighbourhood Teams',
    description:
      'Maintain a network of 17 rural crime single points of contact (SPOC) on Safer Neighbourhood Teams, trained and supported by the Rural Crime Team.',
    lead: POLICE,
    supporters: [RCT],
    startDate: '2024-04-01',
    dueDate: '2024-12-31',
    status: 'COMPLETED',
    rag: 'GREEN',
    progress: 100,
    weight: 2,
    area: 'COUNTYWIDE',
    milestones: [
      {
        title: 'All 17 rural crime SPOC officers confirmed in post',
        dueDate: '2024-06-30',
        completedOn: '2024-06-28',
        evidence:
          'List of 17 SPOC officers and their Safer Neighbourhood Team areas shared with DPARC partners.',
      },
      {
        title: 'SPOC training day delivered',
        dueDate: '2024-11-30',
        completedOn: '2024-11-19',
        evidence: 'Training day run by the Rural Crime Team; attendance record held by the force.',
      },
    ],
  },
  {
    ref: '1.4',
    title: 'Extend the Rural Crime Team shift pattern into the evenings',
    description:
      'Extend the Rural Crime Team shift pattern into the evenings so the team is available when much rural crime takes place.',
    lead: RCT,
    startDate: '2024-04-01',
    dueDate: '2024-09-30',
    status: 'COMPLETED',
    rag: 'GREEN',
    progress: 100,
    weight: 1,
    area: 'RURAL',
    milestones: [
      {
        title: 'Evening shift pattern in place',
        dueDate: '2024-09-30',
        completedOn: '2024-09-02',
        evidence: 'Revised rota published; first evening deployments recorded.',
      },
    ],
  },
  {
    ref: '1.5',
    title: 'ANPR coverage of routes used to commit rural crime',
    description:
      "Use the Commissioner's investment of nearly £500k in ANPR coverage to target criminals who use the road network to carry out their crimes, including routes into rural areas.",
    lead: OPCC,
    supporters: [POLICE, DCC],
    startDate: '2024-04-01',
    dueDate: '2026-12-31',
    status: 'IN_PROGRESS',
    rag: 'AMBER',
    progress: 55,
    weight: 2,
    area: 'COUNTYWIDE',
    milestones: [
      {
        title: 'Rural camera sites agreed with partners',
        dueDate: '2024-12-31',
        completedOn: '2025-02-14',
        evidence: 'Site list agreed; two sites subject to highways consent.',
      },
      {
        title: 'Additional rural ANPR cameras installed',
        dueDate: '2026-06-30',
      },
      {
        title: 'Evaluation of ANPR activations linked to rural crime',
        dueDate: '2027-02-28',
      },
    ],
  },
  {
    ref: '1.6',
    title: 'Rural crime classification for crime data analysis',
    description:
      'Classify recorded crime as rural, semi-rural or urban so that partners can analyse rural crime trends consistently.',
    lead: POLICE,
    supporters: [OPCC],
    startDate: '2024-04-01',
    dueDate: '2025-03-31',
    status: 'COMPLETED',
    rag: 'GREEN',
    progress: 100,
    weight: 2,
    area: 'COUNTYWIDE',
    milestones: [
      {
        title: 'Rural / semi-rural / urban classification agreed',
        dueDate: '2024-09-30',
        completedOn: '2024-10-08',
        evidence: 'Classification method agreed at DPARC and recorded in the minutes.',
      },
      {
        title: 'First quarterly rural crime data pack using the classification',
        dueDate: '2025-03-31',
        completedOn: '2025-03-25',
        evidence: 'Data pack circulated to partners ahead of the Q4 review.',
      },
    ],
  },
  {
    ref: '1.7',
    title: 'Joint fly-tipping enforcement at rural hotspots',
    description:
      'District councils and the National Park Authority run joint enforcement days at fly-tipping hotspots on rural lanes and farm gateways, with shared evidence gathering.',
    lead: DALES,
    supporters: [HIGH_PEAK, PDNPA, AMBER_VALLEY],
    startDate: '2024-07-01',
    dueDate: '2026-09-30',
    status: 'IN_PROGRESS',
    rag: 'RED',
    progress: 30,
    weight: 2,
    area: 'RURAL',
    example: true,
    milestones: [
      {
        title: 'Rural fly-tipping hotspots mapped',
        dueDate: '2024-12-31',
        completedOn: '2025-01-20',
        evidence: 'Hotspot map shared with partner councils.',
      },
      {
        title: 'Data-sharing agreement between councils signed',
        dueDate: '2025-06-30',
      },
      {
        title: 'First joint enforcement day held',
        dueDate: '2025-09-30',
      },
    ],
  },
  {
    ref: '1.8',
    title: 'Heritage crime prevention at priority sites',
    description:
      'Identify heritage assets at risk of theft and damage (for example lead theft from churches and damage to scheduled monuments) and agree joint prevention and reporting with Historic England.',
    lead: RCT,
    supporters: [HISTORIC_ENGLAND, PDNPA],
    startDate: '2024-10-01',
    dueDate: '2026-12-31',
    status: 'IN_PROGRESS',
    rag: 'AMBER',
    progress: 45,
    weight: 2,
    area: 'RURAL',
    example: true,
    milestones: [
      {
        title: 'Heritage crime risk assessment of priority sites',
        dueDate: '2025-06-30',
        completedOn: '2025-07-31',
        evidence: 'Risk register of priority sites agreed with Historic England.',
      },
      {
        title: 'Signage and property marking at priority sites',
        dueDate: '2026-09-30',
      },
    ],
  },
  {
    ref: '1.9',
    title: 'Seasonal operation against hare coursing and raptor persecution',
    description:
      'A seasonal operation against hare coursing and raptor persecution, using intelligence from landowners and wildlife bodies.',
    lead: RCT,
    supporters: [WILDLIFE_TRUST, CLA, PDNPA],
    startDate: '2024-09-01',
    dueDate: '2027-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 60,
    weight: 2,
    area: 'RURAL',
    example: true,
    milestones: [
      {
        title: '2024/25 operation debriefed to DPARC',
        dueDate: '2025-03-31',
        completedOn: '2025-03-31',
        evidence: 'Debrief note with incidents, arrests and intelligence logs.',
      },
      {
        title: '2025/26 operation debriefed to DPARC',
        dueDate: '2026-03-31',
        completedOn: '2026-04-15',
        evidence: 'Debrief note circulated after the April meeting.',
      },
      {
        title: '2026/27 operation debriefed to DPARC',
        dueDate: '2027-03-31',
      },
    ],
  },
];

const ruralPriority2: SeedAction[] = [
  {
    ref: '2.1',
    title: 'Support for rural victims of domestic abuse',
    description:
      'Continue flagship projects that reduce rural vulnerability, including help for victims of domestic abuse living in isolated rural areas to reach the support they need.',
    lead: OPCC,
    supporters: [VICTIM_SERVICES, POLICE],
    startDate: '2024-04-01',
    dueDate: '2027-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 60,
    weight: 3,
    area: 'RURAL',
    milestones: [
      {
        title: 'Rural domestic abuse outreach service recommissioned',
        dueDate: '2024-09-30',
        completedOn: '2024-09-27',
        evidence: 'Contract awarded; service live from October 2024.',
      },
      {
        title: 'Outcomes report for the first year of the service',
        dueDate: '2025-10-31',
        completedOn: '2025-11-05',
        evidence: 'Anonymised outcomes report received by the OPCC (no personal data held in the tracker).',
      },
      {
        title: 'Evaluation and funding decision beyond March 2027',
        dueDate: '2026-12-31',
      },
    ],
  },
  {
    ref: '2.2',
    title: 'Rural Community PCSO tackling livestock worrying',
    description:
      'The Rural Community PCSO works with farmers, landowners and dog walkers to prevent livestock worrying and support its investigation.',
    lead: RCT,
    supporters: [NFU, PDNPA],
    startDate: '2024-04-01',
    dueDate: '2026-12-31',
    status: 'IN_PROGRESS',
    rag: 'AMBER',
    progress: 50,
    weight: 1,
    area: 'RURAL',
    milestones: [
      {
        title: 'Lambing-season awareness campaign 2025',
        dueDate: '2025-04-30',
        completedOn: '2025-04-11',
        evidence: 'Campaign posts and footpath leaflets; reach figures reported to DPARC.',
      },
      {
        title: 'Livestock worrying signage on key footpaths',
        dueDate: '2026-03-31',
      },
    ],
  },
  {
    ref: '2.3',
    title: 'Referral pathway from the Rural Crime Team to victim support',
    description:
      'Agree a referral pathway so that every victim of rural crime recorded by the Rural Crime Team is offered support by Derbyshire Victim Services.',
    lead: VICTIM_SERVICES,
    supporters: [RCT, OPCC],
    startDate: '2024-06-01',
    dueDate: '2027-03-31',
    status: 'IN_PROGRESS',
    rag: 'AMBER',
    progress: 50,
    weight: 2,
    area: 'COUNTYWIDE',
    example: true,
    milestones: [
      {
        title: 'Referral pathway agreed',
        dueDate: '2025-01-31',
        completedOn: '2025-03-12',
        evidence: 'Pathway signed off by the Rural Crime Team and Derbyshire Victim Services.',
      },
      {
        title: 'Audit of referral rates',
        dueDate: '2026-09-30',
      },
    ],
  },
  {
    ref: '2.4',
    title: 'Wellbeing and crime prevention signposting for isolated rural residents',
    description:
      'A joint leaflet and contact list for isolated rural residents combining crime prevention advice with wellbeing and safety services.',
    lead: DCC,
    supporters: [NFU, FIRE],
    startDate: '2027-01-04',
    dueDate: '2027-03-31',
    status: 'NOT_STARTED',
    rag: 'GREEN',
    progress: 0,
    weight: 1,
    area: 'RURAL',
    example: true,
    milestones: [
      {
        title: 'Scope of the signposting leaflet agreed',
        dueDate: '2027-01-31',
      },
    ],
  },
  {
    ref: '2.5',
    title: 'Rural crime prevention advice in Safe and Well visits',
    description:
      'Add rural crime prevention questions and referrals to fire service Safe and Well visits to rural households.',
    lead: FIRE,
    supporters: [RCT],
    startDate: '2024-10-01',
    dueDate: '2027-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 65,
    weight: 1,
    area: 'SEMI_RURAL',
    example: true,
    milestones: [
      {
        title: 'Rural crime questions added to Safe and Well visits',
        dueDate: '2025-03-31',
        completedOn: '2025-03-03',
        evidence: 'Updated visit checklist issued to crews.',
      },
      {
        title: 'Referral figures reported to DPARC',
        dueDate: '2027-01-31',
      },
    ],
  },
  {
    ref: '2.6',
    title: 'Survey of farms and rural businesses on crime and support',
    description:
      "Survey farms and rural businesses on their experience of crime, reporting and support, to inform the Partnership's review of the Strategy.",
    lead: CLA,
    supporters: [NFU, OPCC],
    startDate: '2025-01-06',
    dueDate: '2026-06-30',
    status: 'IN_PROGRESS',
    rag: 'RED',
    progress: 20,
    weight: 2,
    area: 'RURAL',
    example: true,
    milestones: [
      {
        title: 'Survey questions agreed',
        dueDate: '2025-06-30',
        completedOn: '2025-09-15',
        evidence: 'Questionnaire agreed by the CLA, NFU and OPCC.',
      },
      {
        title: 'Survey open to respondents',
        dueDate: '2025-12-31',
      },
      {
        title: 'Survey results published',
        dueDate: '2026-06-30',
      },
    ],
  },
  {
    ref: '2.7',
    title: 'Call handler training on rural crime and rural vulnerability',
    description:
      'Training for contact management staff on recognising rural crime and the vulnerability of isolated rural callers.',
    lead: POLICE,
    supporters: [RCT],
    startDate: '2024-06-03',
    dueDate: '2025-06-30',
    status: 'COMPLETED',
    rag: 'GREEN',
    progress: 100,
    weight: 1,
    area: 'COUNTYWIDE',
    example: true,
    milestones: [
      {
        title: 'Training package written',
        dueDate: '2024-12-31',
        completedOn: '2024-12-10',
        evidence: 'Package reviewed by the Rural Crime Team.',
      },
      {
        title: 'Contact management staff trained',
        dueDate: '2025-06-30',
        completedOn: '2025-06-20',
        evidence: 'Training completion figures reported at the Q1 review.',
      },
    ],
  },
  {
    ref: '2.8',
    title: 'Security grants for repeat victims of rural theft',
    description:
      'Small grants towards security measures for repeat victims of farm and rural business theft. Deferred pending the 2027/28 budget.',
    lead: OPCC,
    supporters: [RCT, NFU],
    startDate: '2025-04-01',
    dueDate: '2027-03-31',
    status: 'DEFERRED',
    rag: 'AMBER',
    progress: 10,
    weight: 1,
    area: 'RURAL',
    example: true,
    milestones: [
      {
        title: 'Grant criteria drafted',
        dueDate: '2025-07-31',
        completedOn: '2025-08-05',
        evidence: 'Draft criteria circulated to DPARC.',
      },
      {
        title: 'Grant scheme opens',
        dueDate: '2026-04-01',
      },
    ],
  },
];

const ruralPriority3: SeedAction[] = [
  {
    ref: '3.1',
    title: 'Derbyshire Rural Crime Prevention and Support Hub',
    description:
      "An online 'one stop shop' for farmers, residents, businesses and retailers with up-to-date advice on preventing and reporting rural crime, including wildlife and heritage crime, and directions to specialised support services for victims. Funded by the Commissioner; live since February 2024.",
    lead: OPCC,
    supporters: [RCT, VICTIM_SERVICES],
    startDate: '2024-02-01',
    dueDate: '2027-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 80,
    weight: 2,
    area: 'COUNTYWIDE',
    milestones: [
      {
        title: 'Hub goes live',
        dueDate: '2024-02-29',
        completedOn: '2024-02-29',
        evidence:
          'The Hub went live in February 2024 (OPCC news release, 22 March 2024). The exact day is illustrative.',
      },
      {
        title: 'DPARC partner pages and news added to the Hub',
        dueDate: '2025-03-31',
        completedOn: '2025-04-22',
        evidence: 'Partner pages published after sign-off by each partner.',
      },
      {
        title: 'Accessibility review of the Hub against WCAG 2.2 AA',
        dueDate: '2027-01-31',
      },
    ],
  },
  {
    ref: '3.2',
    title: 'Farm Watch and Horse Watch alerts via Derbyshire Alert',
    description:
      'Send Farm Watch and Horse Watch alerts through the Derbyshire Alert messaging system and grow membership among farmers and horse owners.',
    lead: RCT,
    supporters: [FARM_WATCH],
    startDate: '2024-04-01',
    dueDate: '2027-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 70,
    weight: 2,
    area: 'RURAL',
    milestones: [
      {
        title: 'Membership drive at winter livestock markets',
        dueDate: '2025-02-28',
        completedOn: '2025-02-26',
        evidence: 'Sign-up figures before and after the drive reported to DPARC.',
      },
      {
        title: 'Review of alerts sent and reports received',
        dueDate: '2027-01-31',
      },
    ],
  },
  {
    ref: '3.3',
    title: "Commissioner's rural engagement events",
    description:
      'Continue the programme of rural-focused engagement events across the county. At least 30 such events were held by the Commissioner between May 2021 and the Strategy launch in March 2024; they are where the idea for DPARC first emerged.',
    lead: OPCC,
    supporters: [NFU, CLA, RCT],
    startDate: '2024-04-01',
    dueDate: '2027-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 65,
    weight: 2,
    area: 'RURAL',
    milestones: [
      {
        title: 'Rural engagement programme 2024/25 delivered',
        dueDate: '2025-03-31',
        completedOn: '2025-03-28',
        evidence: 'Events list and issues raised, reported to DPARC.',
      },
      {
        title: 'Rural engagement programme 2025/26 delivered',
        dueDate: '2026-03-31',
        completedOn: '2026-03-30',
        evidence: 'Events list and issues raised, reported to DPARC.',
      },
      {
        title: 'Rural engagement programme 2026/27 delivered',
        dueDate: '2027-03-31',
      },
    ],
  },
  {
    ref: '3.4',
    title: 'Partnership review of Strategy delivery',
    description:
      'The Partnership keeps the Strategy under constant review to monitor delivery against its priorities and to make sure it remains relevant to rural communities.',
    lead: OPCC,
    supporters: [RCT, DCC],
    startDate: '2024-04-01',
    dueDate: '2027-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 60,
    weight: 1,
    area: 'COUNTYWIDE',
    milestones: [
      {
        title: 'Mid-term review of the Strategy',
        dueDate: '2025-10-31',
        completedOn: '2025-11-20',
        evidence: 'Mid-term review paper agreed by DPARC.',
      },
      {
        title: 'Final review and scoping of a successor strategy',
        dueDate: '2027-03-31',
      },
    ],
  },
  {
    ref: '3.5',
    title: 'Crimestoppers rural crime reporting campaign',
    description: 'A campaign promoting anonymous reporting of rural crime through Crimestoppers.',
    lead: CRIMESTOPPERS,
    supporters: [RCT, NFU],
    startDate: '2024-09-02',
    dueDate: '2025-03-31',
    status: 'COMPLETED',
    rag: 'GREEN',
    progress: 100,
    weight: 1,
    area: 'RURAL',
    example: true,
    milestones: [
      {
        title: 'Campaign materials agreed',
        dueDate: '2024-10-31',
        completedOn: '2024-10-25',
        evidence: 'Materials approved by DPARC partners.',
      },
      {
        title: 'Campaign run and evaluated',
        dueDate: '2025-03-31',
        completedOn: '2025-04-07',
        evidence: 'Evaluation note with report volumes before and during the campaign.',
      },
    ],
  },
  {
    ref: '3.6',
    title: 'Annual public progress report on the Strategy',
    description:
      'Publish a plain-English annual report on progress against the three priorities for rural residents and businesses.',
    lead: OPCC,
    startDate: '2024-04-01',
    dueDate: '2027-03-31',
    status: 'IN_PROGRESS',
    rag: 'RED',
    progress: 35,
    weight: 2,
    area: 'COUNTYWIDE',
    example: true,
    milestones: [
      {
        title: '2024/25 progress report published',
        dueDate: '2025-07-31',
        completedOn: '2025-09-30',
        evidence: 'Report published on the Rural Crime Prevention and Support Hub.',
      },
      {
        title: '2025/26 progress report published',
        dueDate: '2026-07-31',
      },
    ],
  },
  {
    ref: '3.7',
    title: 'Rural crime stands at agricultural shows',
    description:
      'Joint partner stands at agricultural shows giving crime prevention advice and taking reports.',
    lead: RCT,
    supporters: [NFU, PDNPA, FIRE],
    startDate: '2025-04-01',
    dueDate: '2026-09-30',
    status: 'COMPLETED',
    rag: 'GREEN',
    progress: 100,
    weight: 1,
    area: 'RURAL',
    example: true,
    milestones: [
      {
        title: '2025 show season',
        dueDate: '2025-09-30',
        completedOn: '2025-09-14',
        evidence: 'Shows attended and advice given, logged by the Rural Crime Team.',
      },
      {
        title: '2026 show season',
        dueDate: '2026-09-30',
        completedOn: '2026-09-12',
        evidence: 'Shows attended and advice given, logged by the Rural Crime Team.',
      },
    ],
  },
  {
    ref: '3.8',
    title: 'Countryside crime messages for Peak District visitors',
    description:
      'Messages for visitors on heritage and wildlife crime, livestock worrying and reporting, at visitor centres and car parks.',
    lead: PDNPA,
    supporters: [HISTORIC_ENGLAND, HIGH_PEAK],
    startDate: '2025-01-06',
    dueDate: '2026-12-31',
    status: 'IN_PROGRESS',
    rag: 'AMBER',
    progress: 40,
    weight: 1,
    area: 'RURAL',
    example: true,
    milestones: [
      {
        title: 'Messages agreed for visitor centres and car parks',
        dueDate: '2025-05-31',
        completedOn: '2025-06-20',
        evidence: 'Wording agreed by the National Park Authority, Historic England and the Rural Crime Team.',
      },
      {
        title: 'Signage installed at main car parks',
        dueDate: '2026-08-31',
      },
    ],
  },
  {
    ref: '3.9',
    title: 'Crime prevention advice for village shops and semi-rural retailers',
    description: 'Targeted crime prevention advice for village shops and retailers in semi-rural areas.',
    lead: SOUTH_DERBYSHIRE,
    supporters: [AMBER_VALLEY, CRIMESTOPPERS],
    startDate: '2027-01-04',
    dueDate: '2027-03-31',
    status: 'NOT_STARTED',
    rag: 'GREEN',
    progress: 0,
    weight: 1,
    area: 'SEMI_RURAL',
    example: true,
    milestones: [
      {
        title: 'Advice pack issued to village shops',
        dueDate: '2027-02-26',
      },
    ],
  },
];

const ruralCrimeStrategy: SeedPlan = {
  slug: 'rural-crime-strategy-2024-2027',
  title: 'Derbyshire Rural Crime Strategy and Action Plan 2024-2027',
  summary:
    'A joint blueprint setting out how partners will work together to prevent and raise awareness of rural crime. ' +
    'Developed by the Derbyshire Partnership Against Rural Crime (DPARC) after months of consultation and engagement with rural residents and businesses, ' +
    'it outlines how the Partnership will protect rural communities, develop stronger support for rural residents and victims of rural crime, ' +
    'and improve engagement with people and businesses in rural Derbyshire. Launched by the Police and Crime Commissioner on 22 March 2024 ' +
    'and kept under constant review by the Partnership to monitor delivery against its priorities.',
  startDate: '2024-04-01',
  endDate: '2027-03-31',
  status: 'ACTIVE',
  owner: OPCC,
  priorities: [
    {
      number: 1,
      title: 'Preventing and Tackling Rural Crime',
      description:
        'Using collective resources to prevent rural crime and to investigate agricultural, equine, wildlife and heritage crime.',
      actions: ruralPriority1,
    },
    {
      number: 2,
      title: 'Supporting Victims and Combatting Rural Vulnerability',
      description:
        'Stronger support processes for rural residents and victims of rural crime, including projects that reduce rural vulnerability.',
      actions: ruralPriority2,
    },
    {
      number: 3,
      title: 'Improving Communication and Engagement',
      description:
        'Improving engagement with people and businesses in rural areas so they know how to protect themselves and where to get help.',
      actions: ruralPriority3,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Police and Crime Plan 2025 onwards: Protect Communities
// Action titles are the plan's own wording: "To achieve this I will ..." commitments (lead: OPCC)
// and "I will hold the Chief Constable to account for ..." items (lead: Derbyshire Constabulary).
// ---------------------------------------------------------------------------------------------

const PCC_COMMITMENT = 'Commissioner\'s commitment ("To achieve this I will ...").';
const HELD_TO_ACCOUNT =
  'The Commissioner holds the Chief Constable to account for this ("I will hold the Chief Constable to account for ...").';

const pcp2025Priority1: SeedAction[] = [
  {
    ref: '1.1',
    title:
      'Work with partners to ensure a coordinated approach to tackling serious and organised crime, cybercrime and fraud',
    description: PCC_COMMITMENT,
    lead: OPCC,
    supporters: [POLICE, EMSOU],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 40,
    weight: 2,
    area: 'COUNTYWIDE',
    milestones: [
      {
        title: 'Terms of reference agreed for a serious organised crime partnership meeting',
        dueDate: '2025-09-30',
        completedOn: '2025-10-14',
        evidence: 'Terms of reference agreed by partners and published with the meeting papers.',
      },
      {
        title: 'First annual review of partnership working on serious organised crime',
        dueDate: '2027-03-31',
      },
    ],
  },
  {
    ref: '1.2',
    title:
      'Advocate for increased focus on cross-border crime disruption, ensuring effective collaboration with regional and national partners',
    description: PCC_COMMITMENT,
    lead: OPCC,
    supporters: [EMSOU],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 30,
    weight: 1,
    area: 'COUNTYWIDE',
    milestones: [
      {
        title: 'Cross-border disruption raised with regional Commissioners and partners',
        dueDate: '2025-12-31',
        completedOn: '2025-12-09',
        evidence: 'Agenda item and note of the regional meeting held by the OPCC.',
      },
    ],
  },
  {
    ref: '1.3',
    title: 'Disrupting organised crime groups and tackling cross-border criminality effectively',
    description: HELD_TO_ACCOUNT,
    lead: POLICE,
    supporters: [EMSOU],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 45,
    weight: 3,
    area: 'COUNTYWIDE',
    milestones: [
      {
        title: 'Organised crime group disruption data presented at a Performance Scrutiny Meeting',
        dueDate: '2026-03-31',
        completedOn: '2026-03-19',
        evidence: 'Performance Scrutiny Meeting papers and recording.',
      },
      { title: 'Annual organised crime disruption report', dueDate: '2027-03-31' },
    ],
  },
  {
    ref: '1.4',
    title: 'Proactively identifying and addressing emerging organised crime threats',
    description: HELD_TO_ACCOUNT,
    lead: POLICE,
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'AMBER',
    progress: 35,
    weight: 2,
    area: 'COUNTYWIDE',
    milestones: [
      {
        title: 'Emerging organised crime threats assessment presented to the Commissioner',
        dueDate: '2026-06-30',
      },
    ],
  },
  {
    ref: '1.5',
    title: 'Ensuring sufficient capability and capacity to investigate cybercrime and fraud',
    description: HELD_TO_ACCOUNT,
    lead: POLICE,
    supporters: [EMSOU],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'RED',
    progress: 25,
    weight: 3,
    area: 'COUNTYWIDE',
    milestones: [
      { title: 'Review of cybercrime and fraud investigation capacity', dueDate: '2026-03-31' },
      { title: 'Capacity plan agreed with the Commissioner', dueDate: '2026-09-30' },
    ],
  },
];

const pcp2025Priority2: SeedAction[] = [
  {
    ref: '2.1',
    title:
      'Convene and chair a Retail and Business Crime Reduction Partnership to develop strategies for targeted crime prevention and intelligence sharing',
    description: PCC_COMMITMENT,
    lead: OPCC,
    supporters: [POLICE, DERBY_CITY],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 60,
    weight: 2,
    area: 'URBAN',
    milestones: [
      {
        title: 'First meeting of the Retail and Business Crime Reduction Partnership',
        dueDate: '2025-09-30',
        completedOn: '2025-09-24',
        evidence: 'Meeting note and membership list.',
      },
      {
        title: 'Partnership crime prevention and intelligence-sharing strategy agreed',
        dueDate: '2026-12-31',
      },
    ],
  },
  {
    ref: '2.2',
    title:
      'Support initiatives aimed at improving community resilience against theft, burglary, and vehicle crime',
    description: PCC_COMMITMENT,
    lead: OPCC,
    supporters: [POLICE, CRIMESTOPPERS],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 40,
    weight: 2,
    area: 'COUNTYWIDE',
    milestones: [
      {
        title: 'First round of community crime prevention grants awarded',
        dueDate: '2026-01-31',
        completedOn: '2026-02-06',
        evidence: 'Decision record published by the OPCC.',
      },
    ],
  },
  {
    ref: '2.3',
    title:
      'Maintain funding for town centre officers to ensure a visible and proactive presence that supports safe and vibrant local economies',
    description: PCC_COMMITMENT,
    lead: OPCC,
    supporters: [POLICE],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 50,
    weight: 2,
    area: 'URBAN',
    milestones: [
      {
        title: 'Town centre officer funding confirmed in the 2026/27 budget',
        dueDate: '2026-02-28',
        completedOn: '2026-02-12',
        evidence: 'Budget report to the Police and Crime Panel.',
      },
      { title: 'Town centre officer funding confirmed in the 2027/28 budget', dueDate: '2027-02-28' },
    ],
  },
  {
    ref: '2.4',
    title:
      'Work with partners to give residents, businesses and organisations clear and practical crime prevention advice',
    description: PCC_COMMITMENT,
    lead: OPCC,
    supporters: [POLICE, DCC, CRIMESTOPPERS],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'AMBER',
    progress: 35,
    weight: 1,
    area: 'COUNTYWIDE',
    milestones: [{ title: 'Joint crime prevention advice pages published', dueDate: '2026-07-31' }],
  },
];

const pcp2025Priority3: SeedAction[] = [
  {
    ref: '3.1',
    title:
      'Develop and implement a dedicated partnership strategy that unites all stakeholders in tackling rural, heritage, and wildlife crime',
    description: `${PCC_COMMITMENT} Delivered through DPARC and the Derbyshire Rural Crime Strategy and Action Plan 2024-2027.`,
    lead: OPCC,
    supporters: [RCT, NFU, PDNPA],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 55,
    weight: 2,
    area: 'RURAL',
    milestones: [
      {
        title: 'Rural Crime Strategy progress reported to the Police and Crime Panel',
        dueDate: '2026-03-31',
        completedOn: '2026-03-26',
        evidence: 'Progress report exported from this tracker and included in the Panel papers.',
      },
      { title: 'Consultation on a successor rural crime strategy', dueDate: '2027-03-31' },
    ],
  },
  {
    ref: '3.2',
    title:
      'Provide the Rural Crime Team with the resources needed to ensure they respond effectively to rural, heritage, and wildlife crime',
    description: PCC_COMMITMENT,
    lead: OPCC,
    supporters: [RCT],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 50,
    weight: 2,
    area: 'RURAL',
    milestones: [
      {
        title: 'Rural Crime Team resourcing agreed in the 2026/27 budget',
        dueDate: '2026-02-28',
        completedOn: '2026-02-12',
        evidence: 'Budget report to the Police and Crime Panel.',
      },
    ],
  },
  {
    ref: '3.3',
    title: 'Ensuring the Rural Crime Team delivers effective enforcement and prevention activity',
    description: HELD_TO_ACCOUNT,
    lead: POLICE,
    supporters: [RCT],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 50,
    weight: 2,
    area: 'RURAL',
    milestones: [
      {
        title:
          'Rural crime enforcement and prevention performance presented at a Performance Scrutiny Meeting',
        dueDate: '2026-06-30',
        completedOn: '2026-07-09',
        evidence: 'Performance Scrutiny Meeting papers and recording.',
      },
    ],
  },
  {
    ref: '3.4',
    title: 'Supporting regular engagement with rural communities to improve confidence in policing',
    description: HELD_TO_ACCOUNT,
    lead: POLICE,
    supporters: [RCT, FARM_WATCH],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'AMBER',
    progress: 40,
    weight: 1,
    area: 'RURAL',
    milestones: [
      { title: 'Rural confidence in policing measures reported to the Commissioner', dueDate: '2026-10-31' },
    ],
  },
];

const pcp2025Priority4: SeedAction[] = [
  {
    ref: '4.1',
    title:
      'Ensure a multi-agency approach to addressing persistent ASB, with a balance of enforcement and prevention',
    description: PCC_COMMITMENT,
    lead: OPCC,
    supporters: [POLICE, DCC, AMBER_VALLEY],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 45,
    weight: 2,
    area: 'COUNTYWIDE',
    milestones: [
      {
        title: 'Multi-agency persistent ASB protocol agreed with councils',
        dueDate: '2026-01-31',
        completedOn: '2026-01-28',
        evidence: 'Protocol signed by the partner councils and the force.',
      },
    ],
  },
  {
    ref: '4.2',
    title: 'Promote early intervention programmes to address root causes of anti-social behaviour',
    description: PCC_COMMITMENT,
    lead: OPCC,
    supporters: [FIRE, DERBY_CITY],
    startDate: '2027-01-04',
    dueDate: '2029-03-31',
    status: 'NOT_STARTED',
    rag: 'GREEN',
    progress: 0,
    weight: 1,
    area: 'COUNTYWIDE',
    milestones: [{ title: 'Early intervention programme commissioned', dueDate: '2027-06-30' }],
  },
  {
    ref: '4.3',
    title: 'Respond effectively to requests for ASB case review appeals',
    description: PCC_COMMITMENT,
    lead: OPCC,
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    progress: 60,
    weight: 1,
    area: 'COUNTYWIDE',
    milestones: [
      {
        title: 'ASB case review appeals process published',
        dueDate: '2025-07-31',
        completedOn: '2025-07-15',
        evidence: 'Process and appeal form published on the OPCC website.',
      },
    ],
  },
  {
    ref: '4.4',
    title: 'Providing a consistent and robust response to persistent ASB offenders',
    description: HELD_TO_ACCOUNT,
    lead: POLICE,
    supporters: [DERBY_CITY, HIGH_PEAK],
    startDate: '2025-04-01',
    dueDate: '2029-03-31',
    status: 'IN_PROGRESS',
    rag: 'AMBER',
    progress: 40,
    weight: 2,
    area: 'URBAN',
    milestones: [
      {
        title: 'Persistent ASB offender outcomes presented at a Performance Scrutiny Meeting',
        dueDate: '2026-09-30',
        completedOn: '2026-10-20',
        evidence: 'Performance Scrutiny Meeting papers (presented later than planned).',
      },
      { title: 'Fly-tipping included in ASB performance reporting', dueDate: '2027-03-31' },
    ],
  },
];

const policeAndCrimePlan2025: SeedPlan = {
  slug: 'police-and-crime-plan-2025',
  title: 'Police and Crime Plan 2025 onwards: Protect Communities',
  summary:
    'The "Protect Communities" part of the Police and Crime Plan. Threats such as serious organised crime and cybercrime demand a coordinated, ' +
    'forward-looking approach focused on prevention, disruption and collaboration with regional and national partners. Theft, burglary and robbery ' +
    'must be taken seriously, with visible and proactive policing; rural areas face unique challenges including agricultural theft, heritage and ' +
    'wildlife crime and fly-tipping; and tackling anti-social behaviour needs a balance of enforcement, prevention and community engagement. ' +
    'Each priority has commitments the Commissioner makes and matters for which the Commissioner holds the Chief Constable to account.',
  startDate: '2025-04-01',
  endDate: '2029-03-31',
  status: 'ACTIVE',
  owner: OPCC,
  priorities: [
    {
      number: 1,
      title: 'Respond to Serious Organised Crime',
      description:
        'Ensuring organised crime groups are disrupted and cybercrime and fraud are effectively investigated.',
      actions: pcp2025Priority1,
    },
    {
      number: 2,
      title: 'Reduce Theft, Burglary and Robbery',
      description:
        'Ensuring a robust response to crimes of concern to the community, including retail crime, residential burglary, vehicle crime and robbery.',
      actions: pcp2025Priority2,
    },
    {
      number: 3,
      title: 'Reduce Crime in Rural Areas',
      description:
        'Building broader capacity to tackle rural, heritage and wildlife crime issues which affect the rural population.',
      actions: pcp2025Priority3,
    },
    {
      number: 4,
      title: 'Tackle Anti-Social Behaviour',
      description:
        'Providing a coordinated and robust response to anti-social behaviour (ASB), including fly-tipping.',
      actions: pcp2025Priority4,
    },
  ],
};

export const plans: SeedPlan[] = [ruralCrimeStrategy, policeAndCrimePlan2025];

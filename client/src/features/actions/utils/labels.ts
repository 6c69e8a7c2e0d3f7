import type { ActionStatus, Area, Rag } from '@/__generated__/graphql';
import type { TagColour } from '@/components/Tag';

export const ACTION_STATUSES: ActionStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'COMPLETED',
  'DEFERRED',
  'CANCELLED',
];

export const STATUS_LABELS: Record<ActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  DEFERRED: 'Deferred',
  CANCELLED: 'Cancelled',
};

export const STATUS_COLOURS: Record<ActionStatus, TagColour> = {
  NOT_STARTED: 'grey',
  IN_PROGRESS: 'blue',
  COMPLETED: 'teal',
  DEFERRED: 'orange',
  CANCELLED: 'grey',
};

export const RAGS: Rag[] = ['RED', 'AMBER', 'GREEN'];

export const RAG_LABELS: Record<Rag, string> = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green' };

export const RAG_HINTS: Record<Rag, string> = {
  RED: 'Off track: needs action',
  AMBER: 'At risk',
  GREEN: 'On track',
};

export const RAG_COLOURS: Record<Rag, TagColour> = { RED: 'red', AMBER: 'yellow', GREEN: 'green' };

export const AREAS: Area[] = ['COUNTYWIDE', 'RURAL', 'SEMI_RURAL', 'URBAN'];

export const AREA_LABELS: Record<Area, string> = {
  COUNTYWIDE: 'Countywide',
  RURAL: 'Rural',
  SEMI_RURAL: 'Semi-rural',
  URBAN: 'Urban',
};

export const isActionStatus = (v: string): v is ActionStatus => (ACTION_STATUSES as string[]).includes(v);
export const isRag = (v: string): v is Rag => (RAGS as string[]).includes(v);
export const isArea = (v: string): v is Area => (AREAS as string[]).includes(v);

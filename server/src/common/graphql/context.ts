import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer.js';
import type { Loaders } from './loaders.js';

export interface GqlContext {
  req: Request;
  res: Response;
  viewer: Viewer;
  loaders: Loaders;
}

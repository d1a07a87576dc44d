import { useMutation } from '@tanstack/react-query';
import type { SyntheticCreate, SyntheticTarget } from '@server/http/routes/synthetic/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const createSyntheticTarget = (body: SyntheticCreate): Promise<SyntheticTarget> =>
  apiRequest<SyntheticTarget>('/api/synthetic', { method: 'POST', body });

export const useCreateSyntheticTarget = () => useMutation({ mutationFn: createSyntheticTarget });

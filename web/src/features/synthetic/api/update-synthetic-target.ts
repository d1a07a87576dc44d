import { useMutation } from '@tanstack/react-query';
import type { SyntheticPatch, SyntheticTarget } from '@server/http/routes/synthetic/schema.js';
import { apiRequest } from '../../../lib/api-client';

/** Edits a check, or only enables or disables it. */
export const updateSyntheticTarget = ({ id, patch }: { id: number; patch: SyntheticPatch }): Promise<SyntheticTarget> =>
  apiRequest<SyntheticTarget>(`/api/synthetic/${id}`, { method: 'PATCH', body: patch });

export const useUpdateSyntheticTarget = () => useMutation({ mutationFn: updateSyntheticTarget });

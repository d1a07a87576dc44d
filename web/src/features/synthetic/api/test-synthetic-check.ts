import { useMutation } from '@tanstack/react-query';
import type { SyntheticCheck, SyntheticTestResult } from '@server/http/routes/synthetic/schema.js';
import { apiRequest } from '../../../lib/api-client';

/** Runs the check as typed, once; nothing is stored. */
export const testSyntheticCheck = (check: SyntheticCheck): Promise<SyntheticTestResult> =>
  apiRequest<SyntheticTestResult>('/api/synthetic/test', { method: 'POST', body: { check } });

// A test changes nothing on the server: no app-wide refetch.
export const useTestSyntheticCheck = () => useMutation({ mutationFn: testSyntheticCheck, meta: { skipInvalidate: true } });

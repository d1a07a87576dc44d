import { useMutation } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { SnmpTestBody, SnmpTestResult as SnmpTestResultSchema } from '@server/http/routes/snmp/schema.js';
import { apiRequest } from '../../../lib/api-client';

export type SnmpTestResult = Static<typeof SnmpTestResultSchema>;

/** Tries the form's SNMP settings against its host; nothing is saved. */
export const testSnmp = (body: SnmpTestBody): Promise<SnmpTestResult> => apiRequest<SnmpTestResult>('/api/snmp/test', { method: 'POST', body });

// A test changes nothing on the server: no app-wide refetch.
export const useTestSnmp = () => useMutation({ mutationFn: testSnmp, meta: { skipInvalidate: true } });

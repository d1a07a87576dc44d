import { useMutation } from '@tanstack/react-query';
import type { ApiTokenCreate, ApiTokenCreated } from '@server/http/routes/tokens/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const createToken = (body: ApiTokenCreate): Promise<ApiTokenCreated> => apiRequest<ApiTokenCreated>('/api/tokens', { method: 'POST', body });

export const useCreateToken = () => useMutation({ mutationFn: createToken });

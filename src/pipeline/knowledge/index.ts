// TEMPORARY placeholder until the knowledge data lands (helper-1 replaces this whole file).
import type { RoleKey } from '../../schema/dataset';
export interface Role { role: RoleKey; titleRu: string; titleEn: string; country: string; from: string | null; to: string | null }
export interface Official { id: string; nameRu: string; nameEn: string; country: string; roles: Role[] }
export const officials: Official[] = [];

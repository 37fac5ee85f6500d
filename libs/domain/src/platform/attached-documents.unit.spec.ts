import { describe, expect, it } from '@jest/globals';
import { applicationContent, countyEvaluation, documentRef, materials, recheckMaterials, PLATFORM_ID, ZHANGGONG } from '@certflow/testing';
import { attachedDocuments, checkAttachedDocuments, type StoredDocumentFacts } from './attached-documents.js';
import type { PlatformCommand } from './platform.commands.js';

const platform = { platformId: PLATFORM_ID, county: ZHANGGONG };
const form = documentRef('推荐表.pdf');
const summary = documentRef('2027年度工作总结.pdf');

/** Every command that takes documents, with the field and article each names. */
const COMMANDS: readonly [PlatformCommand, string, string][] = [
  [{ type: 'SubmitApplication', data: { cycleYear: 2027, application: applicationContent() } }, 'application.materials[0]', '10'],
  [{ type: 'ResubmitApplication', data: { application: applicationContent() } }, 'application.materials[0]', '10'],
  [{ type: 'RecommendPlatform', data: { countyEvaluation: countyEvaluation(), recommendationForm: form } }, 'recommendationForm', '9'],
  [{ type: 'SubmitAnnualSummary', data: { year: 2027, summary } }, 'summary', '14'],
  [{ type: 'SubmitRecheckMaterials', data: { materials: recheckMaterials() } }, 'materials[0]', '15'],
];

const stored = (uploaders: StoredDocumentFacts['uploaders'], ref = documentRef('x')): StoredDocumentFacts => ({
  sizeBytes: ref.sizeBytes,
  mediaType: ref.mediaType,
  uploaders,
});

describe('attached documents (Arts. 9, 10, 14, 15)', () => {
  it.each(COMMANDS)('%# every command that takes documents refuses one missing from the store, naming it', (command, field, article) => {
    const attached = attachedDocuments(command);
    expect(attached.length).toBeGreaterThan(0);
    expect(() => checkAttachedDocuments(attached, new Map(), platform)).toThrow(
      expect.objectContaining({ code: 'document.not-found', article, details: expect.objectContaining({ field }) }),
    );
  });

  it('names all eight materials of Art. 10 and the three of Art. 15', () => {
    expect(attachedDocuments(COMMANDS[0]![0]).map((document) => document.ref)).toEqual(materials());
    expect(attachedDocuments(COMMANDS[4]![0]).map((document) => document.zh)).toEqual(['两年工作总结', '上一年度专项审计报告', '年度运营评价表（附件3）']);
  });

  it('attaches nothing to commands without documents', () => {
    expect(attachedDocuments({ type: 'WithdrawApplication', data: { reason: 'r' } })).toEqual([]);
  });

  it('accepts a document stored with the same size and type, uploaded by the platform, its county or the city', () => {
    const [document] = attachedDocuments(COMMANDS[2]![0]);
    for (const uploader of [{ role: 'applicant', platformId: PLATFORM_ID }, { role: 'county', county: ZHANGGONG }, { role: 'city' }] as const) {
      expect(() => checkAttachedDocuments([document!], new Map([[form.sha256, stored([uploader], form)]]), platform)).not.toThrow();
    }
  });

  it('refuses a document uploaded only by another platform, another county or an auditor', () => {
    const [document] = attachedDocuments(COMMANDS[2]![0]);
    for (const uploader of [{ role: 'applicant', platformId: 'gz-rj-0002' }, { role: 'county', county: '360781' }, { role: 'auditor' }] as const) {
      expect(() => checkAttachedDocuments([document!], new Map([[form.sha256, stored([uploader], form)]]), platform)).toThrow(
        expect.objectContaining({ code: 'document.not-attachable', article: '9' }),
      );
    }
  });

  it('refuses a reference one byte off the stored size, or of another type', () => {
    const [document] = attachedDocuments(COMMANDS[3]![0]);
    const city = [{ role: 'city' }] as const;
    for (const facts of [
      { ...stored(city, summary), sizeBytes: summary.sizeBytes + 1 },
      { ...stored(city, summary), sizeBytes: summary.sizeBytes - 1 },
      { ...stored(city, summary), mediaType: 'application/ofd' },
    ]) {
      expect(() => checkAttachedDocuments([document!], new Map([[summary.sha256, facts]]), platform)).toThrow(expect.objectContaining({ code: 'document.mismatch' }));
    }
  });
});

import type { Actor } from '../shared/actor.js';
import { forbidden, invalid } from '../shared/domain-error.js';
import { MATERIAL_LABELS_ZH } from '../ruleset/ruleset.js';
import type { DocumentRef } from './application.js';
import type { PlatformCommand } from './platform.commands.js';

/** A document a command attaches, named as the measures name it. */
export interface AttachedDocument {
  readonly field: string;
  readonly zh: string;
  readonly en: string;
  readonly article: string;
  readonly ref: DocumentRef;
}

/** Who uploaded a stored document, as far as attaching it goes. */
export type Uploader = Pick<Actor, 'role' | 'county' | 'platformId'>;

/** What the document store knows of an attached document; undefined when it has none. */
export interface StoredDocumentFacts {
  readonly sizeBytes: number;
  readonly mediaType: string;
  readonly uploaders: readonly Uploader[];
}

/** Every document a command attaches: the materials of Arts. 10 and 15, the form of Art. 9, the summary of Art. 14. */
export function attachedDocuments(command: PlatformCommand): readonly AttachedDocument[] {
  switch (command.type) {
    case 'SubmitApplication':
    case 'ResubmitApplication':
      return command.data.application.materials.map((material, index) => ({
        field: `application.materials[${index}]`,
        zh: MATERIAL_LABELS_ZH[material.code] ?? material.code,
        en: material.code,
        article: '10',
        ref: material,
      }));
    case 'RecommendPlatform':
      return [{ field: 'recommendationForm', zh: '推荐表（附件1）', en: 'recommendation form', article: '9', ref: command.data.recommendationForm }];
    case 'SubmitAnnualSummary':
      return [{ field: 'summary', zh: `${command.data.year}年度工作总结`, en: `${command.data.year} yearly summary`, article: '14', ref: command.data.summary }];
    case 'SubmitRecheckMaterials':
      return command.data.materials.map((material, index) => ({
        field: `materials[${index}]`,
        zh: MATERIAL_LABELS_ZH[material.code] ?? material.code,
        en: material.code,
        article: '15',
        ref: material,
      }));
    default:
      return [];
  }
}

/**
 * Whoever may see a platform's files may have put one there: the platform itself, the bureau
 * of its county, the city bureau. Auditors read and never attach.
 */
function mayAttach(uploader: Uploader, platform: { readonly platformId: string; readonly county?: string }): boolean {
  switch (uploader.role) {
    case 'applicant':
      return uploader.platformId === platform.platformId;
    case 'county':
      return platform.county !== undefined && uploader.county === platform.county;
    case 'city':
      return true;
    case 'auditor':
      return false;
  }
}

/**
 * Refuses a command whose documents are not in the store, differ from what is stored, or were
 * uploaded by nobody who may attach them to this platform; the first such document is named.
 */
export function checkAttachedDocuments(
  documents: readonly AttachedDocument[],
  stored: ReadonlyMap<string, StoredDocumentFacts | undefined>,
  platform: { readonly platformId: string; readonly county?: string },
): void {
  for (const document of documents) {
    const facts = stored.get(document.ref.sha256);
    const details = { field: document.field, sha256: document.ref.sha256 };
    if (!facts) {
      throw invalid(
        'document.not-found',
        { zh: `${document.zh}（${document.ref.name}）尚未上传`, en: `${document.en} (${document.ref.name}) has not been uploaded: sha256 ${document.ref.sha256} is not in the document store` },
        document.article,
        details,
      );
    }
    if (facts.sizeBytes !== document.ref.sizeBytes || facts.mediaType !== document.ref.mediaType) {
      throw invalid(
        'document.mismatch',
        {
          zh: `${document.zh}（${document.ref.name}）的大小或类型与已上传的文件不符`,
          en: `${document.en} (${document.ref.name}) says ${document.ref.sizeBytes} bytes of ${document.ref.mediaType}; the stored document is ${facts.sizeBytes} bytes of ${facts.mediaType}`,
        },
        document.article,
        { ...details, stored: { sizeBytes: facts.sizeBytes, mediaType: facts.mediaType } },
      );
    }
    if (!facts.uploaders.some((uploader) => mayAttach(uploader, platform))) {
      throw forbidden(
        'document.not-attachable',
        {
          zh: `${document.zh}（${document.ref.name}）不是本平台、其所在县（市、区）局或市局上传的`,
          en: `${document.en} (${document.ref.name}) was not uploaded by the platform, its county bureau or the city bureau`,
        },
        document.article,
      );
    }
  }
}

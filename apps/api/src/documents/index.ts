import { GetDocumentController } from './get-document/get-document.controller.js';
import { UploadDocumentController } from './upload-document/upload-document.controller.js';

/** Arts. 9, 10, 14, 15: the documents the materials, forms and summaries refer to. */
export const DOCUMENT_CONTROLLERS = [UploadDocumentController, GetDocumentController];

import { CertflowError } from '@certflow/errors';
import type { DocumentMediaType } from './port.js';

export class UnsupportedDocumentTypeError extends CertflowError {
  constructor() {
    super('document.unsupported-type', {
      zh: '文件内容不是 PDF、OFD、JPEG 或 PNG（按文件内容判断，与文件名无关）',
      en: 'the content is not PDF, OFD, JPEG or PNG (judged by its bytes, not its name)',
    });
  }
}

export class DocumentTooLargeError extends CertflowError {
  constructor(readonly mediaType: DocumentMediaType, readonly limitBytes: number) {
    super(
      'document.too-large',
      { zh: `${mediaType} 文件不得超过 ${limitBytes} 字节`, en: `a ${mediaType} document may be at most ${limitBytes} bytes` },
      { details: { mediaType, limitBytes } },
    );
  }
}

export class DocumentStoreUnavailableError extends CertflowError {
  /** Without a cause: the server runs without a document store at all. */
  constructor(cause?: unknown) {
    super(
      'document.store-unavailable',
      cause === undefined
        ? { zh: '本服务未配置文件存储', en: 'this server runs without a document store' }
        : { zh: '文件存储暂不可用，请稍后重试', en: 'the document store does not answer; retry shortly' },
      cause === undefined ? {} : { cause },
    );
  }
}

import { verify } from 'node:crypto';
import { CertflowError } from '@certflow/errors';
import {
  evolvePlatform,
  findCounty,
  initialPlatformState,
  platformStreamId,
  type ApplicationContent,
  type PlatformEvent,
  type PlatformState,
  type PlatformStatus,
} from '@certflow/domain';
import { canonicalJson, type EventStore, type RecordedEvent, type TreeHeadSigner, type TrustedKeys } from '@certflow/event-store';

/**
 * What the bureau attests for a certified platform (Art. 13: the public list, here one entry
 * that can be shown elsewhere and checked). Built from the log alone, so the same log gives the
 * same certificate, byte for byte, and the same signature (Ed25519 is deterministic).
 */
export interface PlatformCertificate {
  readonly kind: 'certflow-platform-certificate';
  readonly version: 1;
  readonly platformId: string;
  readonly name: string;
  /** Art. 11: the title the city confers. */
  readonly title: string;
  /** Art. 2: the legal person that runs the platform. */
  readonly operator: { readonly name: string; readonly unifiedSocialCreditCode: string };
  readonly county: { readonly code: string; readonly name: string };
  /** Art. 5. */
  readonly categories: readonly string[];
  readonly cycleYear: number;
  readonly certifiedOn: string;
  /** Art. 15: valid until revoked; rechecked every two years with the yearly cycle. */
  readonly validity: { readonly article: '15'; readonly nextRecheckYear: number; readonly validUntilRevoked: true };
  /** The certifying event and its place in the log, so that its inclusion can be proved (GET /api/v1/log/proofs/inclusion). */
  readonly decision: { readonly eventId: string; readonly streamVersion: number; readonly globalPosition: number; readonly recordedAt: string };
}

export interface CertificateSignature {
  readonly algorithm: 'Ed25519';
  /** SHA-256 of the bureau key's SPKI DER, hex: its fingerprint (`certflow audit keys`). */
  readonly keyId: string;
  readonly value: string;
}

export interface SignedCertificate {
  readonly certificate: PlatformCertificate;
  readonly signature: CertificateSignature;
  /** The signing key (SPKI PEM), for convenience only: a verifier checks against the keys the bureau published. */
  readonly publicKey: string;
}

/** The bytes a certificate's signature covers, behind a purpose tag no decision or tree head carries. */
export function certificateText(certificate: unknown): Buffer {
  return Buffer.from(`certflow-certificate:v1\n${canonicalJson(certificate)}`, 'utf8');
}

const REVOKED = (platformId: string) =>
  new CertflowError('certificate.platform-revoked', {
    zh: `平台 ${platformId} 的示范平台称号已被撤销（第十五条），证书失效`,
    en: `the title of platform ${platformId} was revoked (Art. 15): its certificate is no longer valid`,
  });

interface Certification {
  readonly state: PlatformState;
  readonly certified?: RecordedEvent;
  readonly application?: ApplicationContent;
}

/** The platform's state, its latest certification, and the application that certification decided on. */
function certificationOf(events: readonly RecordedEvent[]): Certification {
  let state: PlatformState = initialPlatformState;
  let application: ApplicationContent | undefined;
  let decided: ApplicationContent | undefined;
  let certified: RecordedEvent | undefined;
  for (const event of events) {
    state = evolvePlatform(state, { type: event.type, data: event.data } as PlatformEvent);
    if (event.type === 'ApplicationSubmitted' || event.type === 'ApplicationResubmitted') {
      application = (event.data as { application: ApplicationContent }).application;
    }
    if (event.type === 'PlatformCertified') {
      certified = event;
      decided = application;
    }
  }
  return { state, ...(certified ? { certified } : {}), ...(decided ? { application: decided } : {}) };
}

const HOLDS_TITLE: readonly PlatformStatus[] = ['certified', 'recheck-open', 'recheck-submitted', 'recheck-opinion-given', 'recheck-failed', 'revocation-announced'];

export async function issueCertificate(store: EventStore, platformId: string, signer: TreeHeadSigner): Promise<SignedCertificate> {
  const { state, certified, application } = certificationOf(await store.readStream(platformStreamId(platformId)));
  if (state.status === 'revoked') throw REVOKED(platformId);
  if (!HOLDS_TITLE.includes(state.status) || !certified || !application || !('nextRecheckYear' in state)) {
    throw new CertflowError('certificate.not-certified', {
      zh: `平台 ${platformId} 未获认定（第十一条），没有证书`,
      en: `platform ${platformId} holds no certification (Art. 11), so it has no certificate`,
    });
  }
  const data = certified.data as { cycleYear: number; title: string; certifiedOn: string };
  const profile = application.profile;
  const certificate: PlatformCertificate = {
    kind: 'certflow-platform-certificate',
    version: 1,
    platformId,
    name: profile.name,
    title: data.title,
    operator: { name: profile.operator.name, unifiedSocialCreditCode: profile.operator.creditCode },
    county: { code: profile.county, name: findCounty(profile.county)?.name ?? profile.county },
    categories: [...profile.categories],
    cycleYear: data.cycleYear,
    certifiedOn: data.certifiedOn,
    validity: { article: '15', nextRecheckYear: state.nextRecheckYear, validUntilRevoked: true },
    decision: { eventId: certified.eventId, streamVersion: certified.streamVersion, globalPosition: certified.globalPosition, recordedAt: certified.recordedAt },
  };
  return {
    certificate,
    signature: { algorithm: 'Ed25519', keyId: signer.keyId, value: signer.signBytes(certificateText(certificate)) },
    publicKey: signer.publicKeyPem,
  };
}

export interface CertificateCheck {
  readonly valid: true;
  readonly platformId: string;
  /** The platform's status now: a certificate stays valid through a recheck and an announced revocation, until the revocation itself. */
  readonly status: PlatformStatus;
  readonly keyId: string;
  readonly decisionEventId: string;
}

/**
 * Whether a certificate someone was shown is genuine and still valid. The signature is checked
 * first and against the bureau's published keys only (never a key that came with the
 * certificate); only a genuine certificate is then looked up in the log.
 */
export async function verifyCertificate(
  store: EventStore,
  presented: { readonly certificate: Record<string, unknown>; readonly signature: { readonly algorithm: string; readonly keyId: string; readonly value: string } },
  keys: TrustedKeys,
): Promise<CertificateCheck> {
  const key = keys.get(presented.signature.keyId.toLowerCase());
  if (!key) {
    throw new CertflowError('certificate.unknown-key', {
      zh: `证书由未公布的密钥（${presented.signature.keyId}）签名，不是本局签发的`,
      en: `the certificate is signed by key ${presented.signature.keyId}, which this bureau has not published`,
    });
  }
  if (!genuine(presented, key)) throw new CertflowError('certificate.altered', undefined);
  const certificate = presented.certificate as unknown as PlatformCertificate;
  const { state } = certificationOf(await store.readStream(platformStreamId(certificate.platformId)));
  const decision = await store.readEvent(certificate.decision.eventId);
  if (!decision || decision.type !== 'PlatformCertified' || decision.streamId !== platformStreamId(certificate.platformId)) {
    throw new CertflowError('certificate.not-found', {
      zh: `日志中没有证书所称的认定决定（平台 ${certificate.platformId}，事件 ${certificate.decision.eventId}）`,
      en: `the log holds no certification of platform ${certificate.platformId} by event ${certificate.decision.eventId}`,
    });
  }
  if (state.status === 'revoked') throw REVOKED(certificate.platformId);
  return { valid: true, platformId: certificate.platformId, status: state.status, keyId: presented.signature.keyId.toLowerCase(), decisionEventId: decision.eventId };
}

function genuine(presented: { readonly certificate: unknown; readonly signature: { readonly algorithm: string; readonly value: string } }, key: Parameters<typeof verify>[2]): boolean {
  if (presented.signature.algorithm !== 'Ed25519') return false;
  try {
    const certificate = presented.certificate as Partial<PlatformCertificate>;
    // Only a certificate of this shape was ever signed; anything else cannot be genuine.
    if (certificate.kind !== 'certflow-platform-certificate' || typeof certificate.platformId !== 'string' || typeof certificate.decision?.eventId !== 'string') return false;
    return verify(null, certificateText(presented.certificate), key, Buffer.from(presented.signature.value, 'base64'));
  } catch {
    // A value canonical JSON refuses (a lone surrogate) was never signed either.
    return false;
  }
}

import type { ErrorKind } from './kinds.js';

/** The article of the measures that decides a refusal, e.g. '15' or '6(3)'. */
export type Article = string;

export interface CatalogueEntry {
  readonly kind: ErrorKind;
  /** Only where the kind's title would mislead (e.g. a 409 that is no refusal of the measures). */
  readonly title?: string;
  /** The one article that decides every instance, so that call sites need not repeat it. */
  readonly article?: Article;
  /** Where the article depends on the case, the articles it can be; each instance cites its own. */
  readonly articles?: string;
  /** What the code means, in one line; an instance's message may add its specifics. */
  readonly zh: string;
  readonly en: string;
}

/**
 * Every code certflow raises, declared once. Codes are stable: clients switch on them, so one
 * is never renamed or reused for another meaning. errors.unit.spec.ts fails when a code is
 * raised but missing here, or listed here but raised nowhere.
 */
export const CATALOGUE = {
  // The HTTP boundary: requests refused before a command exists.
  'request.invalid': { kind: 'malformed', zh: '请求格式有误（请求头、路径参数、查询参数或请求体字段）', en: 'a header, path parameter, query parameter or body field is malformed' },
  'request.malformed-json': { kind: 'malformed', zh: '请求体不是有效的 UTF-8 JSON', en: 'the body is not valid UTF-8 JSON' },
  'request.json-too-deep': { kind: 'malformed', zh: '请求体 JSON 嵌套过深', en: 'the JSON body nests deeper than any request needs' },
  'request.unparsable': { kind: 'malformed', zh: '无法解析的 HTTP 请求', en: 'the HTTP request could not be parsed' },
  'request.method-not-allowed': { kind: 'method-not-allowed', zh: '此接口不支持该请求方法', en: 'the route does not take this method; Allow lists those it takes' },
  'request.too-large': { kind: 'too-large', zh: '请求体超过大小限制', en: 'the body is over the size limit' },
  'request.unsupported-media-type': { kind: 'unsupported-media-type', zh: '命令只接受 application/json（UTF-8）格式的请求体', en: 'commands take application/json (UTF-8) only' },
  'request.rate-limited': { kind: 'rate-limited', zh: '请求过于频繁，请按 Retry-After 稍后重试', en: 'too many requests; retry after the time in Retry-After' },
  'request.headers-too-large': { kind: 'headers-too-large', zh: '请求头过大', en: 'the request headers are too large' },
  'route.not-found': { kind: 'not-found', zh: '没有此接口', en: 'no route answers this path' },
  'resource.not-found': { kind: 'not-found', zh: '未找到，或无权查看', en: 'not found, or not visible to the caller' },
  'auth.unauthenticated': { kind: 'unauthenticated', zh: '需要有效的登录令牌', en: 'a valid bearer token is required' },
  'auth.role-not-allowed': { kind: 'forbidden', zh: '令牌的角色无权使用此接口', en: "the token's role may not use this route" },
  'read-models.behind': { kind: 'unavailable', title: 'Read models behind', zh: '查询数据尚未更新到请求的位置，请稍后重试', en: 'the read models have not reached the requested minPosition yet; retry shortly' },
  'read-models.unavailable': { kind: 'unavailable', title: 'Read models unavailable', zh: '本服务未启用查询数据', en: 'this server runs without read models' },
  'server.shutting-down': { kind: 'unavailable', title: 'Shutting down', zh: '服务正在停止，请稍后重试', en: 'the server is shutting down; retry shortly' },
  'deadlines.unavailable': { kind: 'unavailable', title: 'Deadlines unavailable', zh: '本服务未运行定时规则', en: 'this server runs no scheduler of the deadlines' },
  'concurrency.conflict': { kind: 'conflict', title: 'Changed meanwhile', zh: '数据已被他人更新，请刷新后重试', en: 'the stream changed meanwhile; reload and decide again' },
  'idempotency.key-reused': { kind: 'invalid', title: 'Idempotency-Key reused', zh: '此 Idempotency-Key 已用于另一请求，请使用新的 Idempotency-Key', en: 'this Idempotency-Key was already used for another request; send a new key' },

  // The documents themselves (libs/documents, apps/api/src/documents).
  'document.unsupported-type': { kind: 'unsupported-media-type', title: 'Document type not accepted', articles: '9, 10, 14, 15', zh: '只接受 PDF、OFD、JPEG、PNG 文件（按文件内容判断）', en: 'only PDF, OFD, JPEG and PNG documents are accepted, judged by their bytes' },
  'document.too-large': { kind: 'too-large', title: 'Document too large', zh: '文件超过该类型的大小限制', en: "the document is over its type's size limit" },
  'document.upload-malformed': { kind: 'malformed', zh: '上传须为 multipart/form-data，且恰好含一个名为 file 的文件', en: 'an upload is multipart/form-data with exactly one file part named file' },
  'document.upload-incomplete': { kind: 'malformed', zh: '上传的文件不完整', en: 'the upload ended before the file did' },
  'document.store-unavailable': { kind: 'unavailable', title: 'Document store unavailable', zh: '文件存储暂不可用，请稍后重试', en: 'the document store does not answer; retry shortly' },
  'document.not-found': { kind: 'invalid', articles: '9, 10, 14, 15', zh: '所附文件未上传', en: 'an attached document has not been uploaded' },
  'document.mismatch': { kind: 'invalid', articles: '9, 10, 14, 15', zh: '所附文件的大小或类型与已上传的文件不符', en: 'an attached document does not match the size or type of the uploaded one' },
  'document.not-attachable': { kind: 'forbidden', articles: '9, 10, 14, 15', zh: '所附文件不是本平台、其所在县（市、区）局或市局上传的', en: "an attached document was not uploaded by the platform, its county bureau or the city bureau" },

  // Who may act (libs/domain/src/platform/decide.ts, cycle/cycle.ts).
  'auth.read-only': { kind: 'forbidden', zh: '审计角色只能查阅，不能办理', en: 'auditors read; they do not act' },
  'auth.not-the-operator': { kind: 'forbidden', article: '2', zh: '只有平台运营单位本身可以办理此事项', en: "only the platform's own operator may do this" },
  'auth.county-only': { kind: 'forbidden', article: '9', zh: '此事项由县（市、区）局办理', en: 'this step belongs to the county bureau' },
  'auth.other-county': { kind: 'forbidden', article: '8', zh: '县（市、区）局只能办理本辖区平台的事项', en: "a county bureau acts only on its own county's platforms" },
  'auth.city-only': { kind: 'forbidden', article: '11', zh: '此事项由市局办理', en: 'this decision belongs to the city bureau' },
  'cycle.city-only': { kind: 'forbidden', article: '12', zh: '年度认定工作由市局组织', en: 'only the city bureau runs the yearly cycle' },

  // The yearly cycle (libs/domain/src/cycle).
  'cycle.already-opened': { kind: 'conflict', article: '12', zh: '该年度认定工作已开启', en: 'the cycle of that year is already open' },
  'cycle.not-opened': { kind: 'conflict', article: '12', zh: '该年度认定工作尚未开启', en: 'the cycle of that year has not been opened' },
  'cycle.wrong-stage': { kind: 'conflict', articles: '12, 13', zh: '年度认定工作当前阶段不允许此操作', en: 'the cycle is not at the stage this step needs' },
  'cycle.unknown-ruleset': { kind: 'invalid', zh: '未知的认定规则', en: 'no ruleset of that id' },
  'cycle.invalid-date': { kind: 'invalid', zh: '日期无效', en: 'a deadline is not a calendar date' },
  'cycle.deadlines-out-of-order': { kind: 'invalid', article: '12', zh: '截止日期须依次为：今天 ≤ 申报截止 ≤ 审核截止，今天 ≤ 复核材料截止 ≤ 审核截止', en: 'deadlines must run today ≤ application ≤ review, and today ≤ recheck materials ≤ review' },
  'cycle.ruleset-unavailable': { kind: 'conflict', article: '1', zh: '该年度认定工作所依据的规则在本系统中不可用，请联系系统管理员', en: 'the cycle runs under a ruleset this deployment does not have' },

  // Applications (Arts. 5-12).
  'application.already-active': { kind: 'conflict', articles: '8, 12', zh: '该平台已有在办申请或已认定，或本年度已申报', en: 'the platform already has an application or certification in progress, or applied in this cycle' },
  'application.cycle-closed': { kind: 'conflict', article: '12', zh: '该年度申报未开放或已截止', en: 'applications for that year are not open' },
  'application.review-closed': { kind: 'conflict', article: '12', zh: '本年度审核工作已结束', en: "this cycle's review has ended" },
  'application.no-category': { kind: 'invalid', article: '5', zh: '至少选择一个服务类别', en: 'choose at least one service category' },
  'application.duplicate-category': { kind: 'invalid', article: '5', zh: '服务类别重复', en: 'a service category is listed twice' },
  'application.invalid-date': { kind: 'malformed', article: '6(1)', zh: '成立日期无效', en: 'invalid establishment date' },
  'application.establishment-date-out-of-range': { kind: 'malformed', article: '6(1)', zh: '成立日期须在最早日期至申报日之间', en: 'the establishment date lies before the earliest possible date or after the application' },
  'application.figure-out-of-range': { kind: 'malformed', article: '6', zh: '申报数据不能为负数', en: 'figures cannot be negative' },
  'application.share-over-100': { kind: 'malformed', articles: '6(4), 6(5)', zh: '比例不能超过100%', en: 'a share cannot exceed 100 %' },
  'application.qualified-staff-over-staff': { kind: 'malformed', article: '6(3)', zh: '具有大专以上学历或中级以上职称的人员不能多于为中小企业服务的人员', en: 'qualified staff cannot exceed the staff serving SMEs' },
  'application.unknown-material': { kind: 'invalid', article: '10', zh: '未知的材料类别', en: 'unknown material codes' },
  'application.return-needs-reason': { kind: 'invalid', article: '10', zh: '退回须说明理由或缺少的材料', en: 'a return needs a reason or the missing materials' },
  'application.county-changed': { kind: 'invalid', article: '8', zh: '补正时不能更换所属县（市、区）', en: 'a resubmission cannot move the platform to another county' },
  'decision.reasons-required': { kind: 'invalid', articles: '9, 11, 15', zh: '须书面说明理由', en: 'the decision needs written reasons' },
  'decision.reviewers-required': { kind: 'invalid', articles: '11, 15', zh: '须列明审核人员', en: 'the decision must name its reviewers' },
  'platform.wrong-status': { kind: 'conflict', articles: '8, 9, 10, 11, 14, 15', zh: '平台当前状态不能办理此事项', en: 'the step is not possible in the platform’s current status' },

  // Recommendation and certification (Arts. 6, 7, 9, 11).
  'recommendation.materials-missing': { kind: 'conflict', article: '10', zh: '申报材料不全', en: 'the application lacks required materials' },
  'recommendation.criterion-failed': { kind: 'conflict', articles: '6, 7', zh: '不符合第六、七条规定的条件，不能推荐', en: 'the platform fails a criterion of Arts. 6, 7; the county recommends only platforms that meet them' },
  'recommendation.override-needs-reason': { kind: 'conflict', articles: '6(1)-6(5), 7', zh: '条件未达标，推荐须书面说明理由（“一般”）', en: 'a criterion is not met; recommending anyway needs a written reason ("generally")' },
  'recommendation.override-not-needed': { kind: 'invalid', zh: '所列条件无需说明理由', en: 'overrides for criteria that did not fail' },
  'certification.not-recommended': { kind: 'conflict', article: '9', zh: '市局只对县（市、区）局推荐的平台作出认定决定', en: 'the city decides only on platforms their county recommended' },
  'certification.criterion-failed': { kind: 'conflict', articles: '6(1)-6(5), 7', zh: '不符合认定条件', en: 'the platform fails a criterion' },
  'certification.override-needs-reason': { kind: 'conflict', articles: '6(1)-6(5), 7', zh: '条件未达标，破格认定须书面说明理由（“一般”）', en: 'a criterion is not met; certifying anyway needs a written reason ("generally")' },
  'certification.override-not-needed': { kind: 'invalid', zh: '所列条件无需破格', en: 'overrides for criteria that did not fail' },

  // After certification (Arts. 14, 15).
  'summary.year-out-of-range': { kind: 'invalid', article: '14', zh: '年度工作总结的年份须在认定当年至今年之间', en: 'a yearly summary covers a year from the certification to this year' },
  'summary.already-submitted': { kind: 'conflict', article: '14', zh: '该年度工作总结已报送', en: 'the summary of that year was already sent' },
  'summary.not-yet-overdue': { kind: 'conflict', article: '14', zh: '该年度工作总结报送期限尚未届满', en: 'the summary of that year is not overdue yet' },
  'recheck.not-due': { kind: 'conflict', article: '15', zh: '该平台本年度不需复核（每两年复核一次）', en: 'the platform is not due for recheck that year (every two years)' },
  'recheck.cycle-not-open': { kind: 'conflict', article: '15', zh: '复核与年度认定工作同步进行，该年度工作未开启', en: 'rechecks run with the yearly cycle, which is not open' },
  'recheck.materials-late': { kind: 'conflict', article: '15', zh: '复核材料报送已截止', en: 'recheck materials were due earlier' },
  'recheck.materials-not-yet-due': { kind: 'conflict', article: '15', zh: '复核材料报送截止日前不能以未报送为由判定不合格', en: 'a recheck cannot fail for missing materials before they are due' },
  'recheck.materials-missing': { kind: 'invalid', article: '15', zh: '复核材料不全', en: 'recheck materials missing' },
  'revocation.not-announced': { kind: 'conflict', article: '15', zh: '撤销称号前须先予以公告', en: 'a certification is revoked only after its revocation was announced' },
  'revocation.notice-running': { kind: 'conflict', article: '15', zh: '公告期届满后方可撤销', en: 'the notice period has not run out' },

  // Certificates of certified platforms (Art. 13), checked by anyone (libs/application/src/certificates).
  'certificate.not-certified': { kind: 'not-found', article: '11', zh: '该平台未获认定，没有证书', en: 'the platform holds no certification, so it has no certificate' },
  'certificate.platform-revoked': { kind: 'conflict', title: 'Certification revoked', article: '15', zh: '该平台的示范平台称号已被撤销，证书失效', en: "the platform's title was revoked: its certificate is no longer valid" },
  'certificate.altered': { kind: 'invalid', title: 'Certificate not genuine', zh: '证书与其签名不符：签发后内容被改动，或签名无效', en: 'the certificate does not match its signature: it was changed after signing, or the signature is not valid' },
  'certificate.unknown-key': { kind: 'invalid', title: 'Certificate not genuine', zh: '证书不是由本局公布的密钥签发的', en: 'the certificate is signed by a key this bureau has not published' },
  'certificate.not-found': { kind: 'not-found', article: '13', zh: '日志中没有证书所称的认定决定', en: 'the log holds no certification decision the certificate names' },
  'certificate.unavailable': { kind: 'unavailable', title: 'Certificates unavailable', zh: '本服务未配置签发证书的密钥', en: 'this server has no bureau key to sign or check certificates' },

  // The event store (libs/event-store). Apart from those the application translates
  // (wrong-expected-version to concurrency.conflict, command-id-reused to idempotency.key-reused),
  // they reach a client only through a request the API should have refused earlier.
  'event-store.wrong-expected-version': { kind: 'conflict', title: 'Changed meanwhile', zh: '数据流版本与预期不符', en: 'the stream is not at the expected version' },
  'event-store.invalid-stream-id': { kind: 'malformed', zh: '数据流标识无效', en: 'invalid stream id' },
  'event-store.invalid-event': { kind: 'malformed', zh: '事件无效', en: 'an event has no type or data the store can keep' },
  'event-store.event-too-large': { kind: 'malformed', zh: '事件超过大小限制', en: 'an event is over the size limit' },
  'event-store.not-json-serialisable': { kind: 'malformed', zh: '事件数据不能序列化为 JSON', en: 'event data is not JSON-serialisable' },
  'event-store.invalid-expected-version': { kind: 'malformed', zh: '预期版本无效', en: "the expected version is not a non-negative integer, 'no-stream', 'stream-exists' or 'any'" },
  'event-store.command-id-reused': { kind: 'invalid', title: 'Idempotency-Key reused', zh: '命令标识已用于另一数据流', en: 'a command id was already appended to another stream' },
  'event-store.invalid-read': { kind: 'malformed', zh: '读取参数无效', en: 'invalid read options' },
  'event-store.duplicate-event-id': { kind: 'malformed', zh: '事件标识已存在', en: 'an event id given is already stored' },

  // Operators: configuration, start-up and background work; never a client's doing.
  'config.invalid': { kind: 'internal', zh: '配置无效，进程无法启动', en: 'a setting is invalid; the process does not start' },
  'config.readme-markers': { kind: 'internal', zh: 'README 缺少配置表的起止标记', en: "README.md lacks the configuration table's markers" },
  'event-store.backup-refused': { kind: 'internal', zh: '备份或恢复未执行（原因见说明）', en: 'a backup or restore of the embedded store was not done, for the reason given' },
  'event-store.copy-refused': { kind: 'internal', zh: '事件存储复制未执行：目标 PostgreSQL 存储不是空的，也不是同一来源未完成的复制（原因见说明）', en: 'a store copy was not done: the target PostgreSQL store is neither empty nor an unfinished copy of the same source (reason given)' },
  'event-store.log-broken': { kind: 'internal', zh: '事件日志的默克尔树叶子不连续，不签署树头（请运行 certflow audit verify）', en: "the log's Merkle tree leaves are not contiguous, so no tree head is signed (run certflow audit verify)" },
  'event-store.foreign-event': { kind: 'internal', zh: '事件存储中有一条不是 certflow 写入的事件（缺少哈希链元数据），无法为其担保', en: 'the store holds an event certflow did not write (no hash-chain metadata), which the chain cannot vouch for' },
  'messaging.platform-profile-missing': { kind: 'internal', zh: '平台事件之前没有申报，无法确定其公开信息，转发暂停', en: 'a platform event follows no application, so its public profile is unknown; the relay holds its position' },
  'messaging.broker-timeout': { kind: 'internal', zh: 'Kafka 未在时限内确认消息，转发将从检查点重试', en: 'Kafka did not acknowledge in time; the relay retries from its checkpoint' },
  'event-store.write-failed': { kind: 'internal', zh: '事件存储写入失败（原因见说明），本批追加均未写入', en: 'the event store could not write (see the detail); no append of the batch was written' },
  'event-store.transaction-ids-behind': { kind: 'unavailable', title: 'Transaction ids behind the log', zh: '此 PostgreSQL 集群分配的事务号低于已恢复日志中的事务号，新事件将排在既有事件之前，因此拒绝写入；请先将集群的事务号推进到日志之后（pg_resetwal -e/-x），或恢复到原集群', en: "this PostgreSQL cluster hands out transaction ids below those of the restored log, so new events would sort before it; appends are refused until the cluster's ids are advanced past the log's (pg_resetwal -e/-x) or the log is restored into its own cluster" },
  'event-store.closed': { kind: 'internal', zh: '事件存储已关闭', en: 'the event store is closed' },
  'event-store.misconfigured': { kind: 'internal', zh: '事件存储配置无效', en: 'the event store settings are invalid' },
  'event-store.duplicate-upcaster': { kind: 'internal', zh: '同一事件类型与版本注册了两个升级器', en: 'two upcasters for the same event type and version' },
  'auth.issuer-discovery-failed': { kind: 'internal', zh: '身份提供方的 OIDC 发现文档不可用', en: "the identity provider's OIDC discovery document is unusable" },
  'read-models.timeout': { kind: 'internal', zh: '查询数据未能在时限内更新到请求的位置', en: 'the read models did not reach a position in time' },
  'read-models.stopped': { kind: 'internal', zh: '投影程序已停止', en: 'the projector is stopped' },
  'read-models.conflict': { kind: 'internal', zh: '查询数据在读取后已被他人更改', en: 'documents changed under a writer since it read them' },
  'audit.tree-check-failed': { kind: 'internal', zh: '默克尔树校验线程未能完成（见原因）；校验未得出结论', en: "the Merkle tree check's thread did not finish (see the cause); the log was not verified" },
  'audit.reads-dropped': { kind: 'internal', zh: '事件存储长时间不可写，审计查阅记录缓冲区已满，最早的记录被丢弃', en: 'the event store refused appends for so long that the buffer of audit-read records overflowed; the oldest were dropped' },
  'read-models.entry-not-in-log': { kind: 'internal', zh: '审计索引指向的事件在日志中不存在（索引与日志不一致，请重建查询数据）', en: 'an audit index entry points at an event the log does not hold (the index and the log disagree: rebuild the read models)' },
  'token.invalid-request': { kind: 'malformed', zh: '令牌申请无效（角色、县或平台）', en: 'a token request names no valid role, or lacks the county or platform its role needs' },
  'token.invalid-ttl': { kind: 'malformed', zh: '令牌有效期无效（须为 90s、30m、8h 之类，至多 12h）', en: 'a token lifetime must be a duration such as 90s, 30m or 8h, at most 12h' },

  // What cannot happen. The API answers every one of them as `internal`, and logs it.
  internal: { kind: 'internal', zh: '服务器内部错误，已记录', en: 'internal error; it has been logged' },
  'internal.unhandled-case': { kind: 'internal', zh: '未处理的情形', en: 'a case the code does not handle' },
  'internal.duplicate-without-command': { kind: 'internal', zh: '事件存储报告重复命令，却找不到该命令', en: 'the store reported a command as a duplicate but holds no such command' },
  'internal.validation-cache-unsupported': { kind: 'internal', zh: 'class-validator 的元数据存储已变更，请求校验缓存无法安装', en: "class-validator's metadata storage changed; the request validation cache cannot be installed" },
  'internal.read-model-key-mismatch': { kind: 'internal', zh: '查询数据文档的 _id 与其键不符', en: "a read-model document's _id does not match its key" },
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof CATALOGUE;

/** The codes of one kind: a domain factory takes only codes of its own kind. */
export type CodeOfKind<K extends ErrorKind> = { [C in ErrorCode]: (typeof CATALOGUE)[C]['kind'] extends K ? C : never }[ErrorCode];

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(CATALOGUE, code);
}

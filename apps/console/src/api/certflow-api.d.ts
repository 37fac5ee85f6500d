// Generated from /api/docs-json by `npm run openapi:types` (openapi-typescript); do not edit.
// client-types.e2e.spec.ts fails when the API documentation and this file drift apart.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health: the event store, how far each read model lags behind the log, the Kafka relay (lag, broker) and the scheduler */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every problem code with its status, article and meaning in zh-CN and en */
        get: operations["listErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{year}/open-cycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OpenCycle 启动年度认定
         * @description The city opens the year's cycle with its deadlines and ruleset (Art. 12).
         */
        post: operations["openCycle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{year}/close-application-window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CloseApplicationWindow 申报截止
         * @description The city closes the year's application window: no application is accepted after it (Art. 12).
         */
        post: operations["closeApplicationWindow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{year}/close-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CloseReview 审核结束
         * @description The city ends the year's review: after it, no application of this cycle is returned, recommended, certified or rejected (Arts. 11, 12).
         */
        post: operations["closeReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{year}/publish-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * PublishResults 公布认定结果
         * @description The city publishes the year's results (Art. 13). The lists of certified and revoked platforms are taken from the log, not from the request.
         */
        post: operations["publishResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GetCycle 年度认定工作
         * @description The year's cycle: its stage, deadlines and ruleset, and its history up to the published results (Arts. 12, 13).
         */
        get: operations["getCycle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/submit-application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SubmitApplication 申报
         * @description The platform's operator applies in an open yearly cycle (Arts. 8, 10, 12); the rule evaluation of Arts. 6-7 is stored with it.
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/return-for-correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ReturnForCorrection 退回补正
         * @description The platform's county bureau sends a submitted application back with its reasons or the missing materials (Art. 10).
         */
        post: operations["returnForCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/resubmit-application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ResubmitApplication 补正后重新提交
         * @description The platform's operator sends the corrected application back to its county bureau, in the same county (Arts. 8, 10); it is evaluated again.
         */
        post: operations["resubmitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/withdraw-application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WithdrawApplication 撤回申请
         * @description The platform's operator withdraws its application at any point before the city decides; it may apply again in a later cycle.
         */
        post: operations["withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/recommend-platform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RecommendPlatform 推荐
         * @description The platform's county bureau evaluates it (测评) and recommends it to the city with the recommendation form (Art. 9); all 8 materials of Art. 10 must be in.
         */
        post: operations["recommendPlatform"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/decline-to-recommend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * DeclineToRecommend 不予推荐
         * @description The platform's county bureau evaluates it (测评) and does not recommend it, with written reasons (Art. 9); the application closes.
         */
        post: operations["declineToRecommend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/certify-platform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CertifyPlatform 认定
         * @description The city certifies a platform its county recommended, naming the reviewers (Art. 11). A failed criterion the measures qualify with "generally" (Art. 6(3) total assets) can be set aside only with a written reason in `overrides`.
         */
        post: operations["certifyPlatform"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/reject-application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RejectApplication 不予认定
         * @description The city declines to certify a platform its county recommended, naming the reviewers and its reasons (Art. 11); the application closes.
         */
        post: operations["rejectApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Applications of a cycle 认定申报 (Arts. 8-11): where each stands, the bureaus' work queue
         * @description Each platform that applied in the cycle with the latest decision on its application (submitted, returned, resubmitted, withdrawn, recommended or not by its county, certified or rejected by the city) and that decision's log position. The city sees every county; a county bureau its own county's platforms only (Art. 8). Not an audit read: auditors use the audit trail.
         */
        get: operations["listApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/submit-annual-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SubmitAnnualSummary 年度工作总结
         * @description The certified platform's operator sends its work summary for a year, once per year (Art. 14).
         */
        post: operations["submitAnnualSummary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/open-recheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OpenRecheck 启动复核
         * @description The city opens the biennial recheck of a certified platform due in this cycle; its materials are due by the cycle's recheck deadline (Art. 15).
         */
        post: operations["openRecheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/submit-recheck-materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SubmitRecheckMaterials 报送复核材料
         * @description The operator sends the three recheck materials by the cycle's recheck deadline (Art. 15).
         */
        post: operations["submitRecheckMaterials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/give-recheck-opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * GiveRecheckOpinion 县局复核意见
         * @description The county bureau of the platform's area gives its opinion on the recheck, with its evaluation (Art. 15).
         */
        post: operations["giveRecheckOpinion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/confirm-recheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ConfirmRecheck 复核通过
         * @description The city confirms the recheck on the county's opinion; the next one falls due two years later (Art. 15).
         */
        post: operations["confirmRecheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/fail-recheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * FailRecheck 复核不合格
         * @description The city finds the recheck failed, on the county's opinion or because no materials came by the deadline (Art. 15).
         */
        post: operations["failRecheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/announce-revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AnnounceRevocation 撤销公告
         * @description The city announces that a platform which failed its recheck will lose its title; the notice period of the cycle's ruleset starts (Art. 15).
         */
        post: operations["announceRevocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/revoke-certification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RevokeCertification 撤销称号
         * @description The city revokes the title from the day the announced notice period ends (Art. 15).
         */
        post: operations["revokeCertification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GetPlatform 平台档案
         * @description A platform's current state and its whole history with each event's metadata and hash. The city and auditors read every platform, a county bureau those of its county, an operator its own.
         */
        get: operations["getPlatform"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * UploadDocument 上传材料
         * @description One file as multipart/form-data (part `file`), streamed to the document store and named by its SHA-256. The type is told by the bytes (PDF, OFD, JPEG, PNG) and held to its size limit; who uploaded it is recorded. The answer is the reference a command attaches: Art. 10 materials, the Art. 9 recommendation form, the Art. 14 summary, the Art. 15 recheck materials. The same content uploaded twice is stored once.
         */
        post: operations["uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GetDocument 查阅材料
         * @description The bytes of a stored document, for those who may see the platform it belongs to: the applicant itself, the bureau of its county, the city bureau and auditors. The public registry (Art. 13) publishes no documents, so there is no anonymous access; "not yours" and "not stored" answer alike.
         */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public registry 示范平台名单 (Art. 13)
         * @description Certified platforms, current and historical (under recheck, revocation announced, revoked); no token needed.
         */
        get: operations["searchRegistry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/{platformId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One platform's public record 示范平台公开信息 (Art. 13)
         * @description The registry's entry for one platform, as GET /api/v1/registry lists it: a platform's public page reads it by id instead of searching every page. Platforms never certified are not public: they answer 404 like an unknown id. No token needed.
         */
        get: operations["getRegistryEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platforms/{platformId}/review-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Review history 审核与复核记录 (Arts. 9-15)
         * @description Each application with the county evaluation and city decision, each yearly summary, each biennial recheck.
         */
        get: operations["getReviewHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit trail 决策审计记录
         * @description For auditors and the city only (a county bureau's work queue is `GET /api/v1/applications`). Every decision with actor, role, county, time, inputs, rule evaluation, ruleset version, reasons, command and correlation ids, and every move of a training server's simulated business clock (BusinessClockMoved). `from`/`to` filter business time (occurredAt), `recordedFrom`/`recordedTo` the time the store wrote the event (recordedAt, always real).
         */
        get: operations["searchAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deadlines 到期事项 (Arts. 12, 14, 15): what falls due, when, and what will happen
         * @description Every time rule still to come or due: the application window, biennial rechecks, recheck materials, yearly summaries, revocations after their notice. The city and auditors see all; a county its own platforms; an operator its own platform; everyone the cycle deadlines.
         */
        get: operations["listDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/streams/{streamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Replay a stream 按记录时间或版本回放
         * @description The state of a platform, cycle or business-clock stream as the store held it at a recorded instant (`asOf`, on recordedAt) or a version, with the events that made it; each shows business time (occurredAt) and recorded time (recordedAt) apart. Without either, the stream as it stands now.
         */
        get: operations["replayStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/decisions/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Explain a decision 决策说明
         * @description A recommendation, certification, rejection, recheck result or revocation explained from the log: who and when (business and recorded time), the reasons, the materials, each criterion with its article under the ruleset version of its day, and whether re-running that version reproduces the stored evaluation.
         */
        get: operations["explainDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the audit trail 导出审计记录
         * @description The audit trail of a platform, a county or a cycle (any of them together narrows it; none, the whole trail) as a file: JSON Lines, or CSV with a UTF-8 byte order mark so that spreadsheet tools read the Chinese text. Columns in a fixed order, business time (occurredAt) and recorded time (recordedAt) apart. Streamed in log order as the read models hold it. Auditors and the city only; the read is itself recorded (GET /api/v1/audit/reads).
         */
        get: operations["exportAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who read the audit records 审计查阅记录
         * @description Every read through the audit routes (trail, replay, explain, export, and this list) on some Asia/Shanghai days: who (token subject, role), what (route and parameters), when (answered and recorded), and whether it was answered. Kept in the log itself as AuditRecordRead events in one stream a day (audit-reads-YYYY-MM-DD), so they are hash-chained and in the signed Merkle tree like every decision; they are not decisions, so the trail, the read models and Kafka leave them out.
         */
        get: operations["listAuditReads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/log/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest signed tree head of the log 日志树头
         * @description Keep a copy: `certflow audit verify --against HEAD.json` proves the log still extends it.
         */
        get: operations["getLogHead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/log/proofs/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proof that an event is in the log 包含性证明
         * @description RFC 9162 2.1.3: the audit path from the event's leaf to the root of a signed tree.
         */
        get: operations["getInclusionProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/log/proofs/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proof that the log extends an earlier tree 一致性证明
         * @description RFC 9162 2.1.4: the tree of `to` events extends the tree of `from` events.
         */
        get: operations["getConsistencyProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/{platformId}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A certified platform's certificate 示范平台证书 (Arts. 13, 15)
         * @description The certificate as JSON, signed with the bureau's key (Ed25519) and named by its fingerprint; built from the log, so it is the same on every request. Anyone shown it can check it with POST /api/v1/certificates/verify, or offline against the key `certflow audit keys` prints. No token needed.
         */
        get: operations["getCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Is this certificate genuine and still valid? 证书核验
         * @description For anyone shown a certificate: 200 when the bureau signed it and the platform still holds the title; otherwise a problem naming why: `certificate.altered` (a byte changed since it was signed, or the signature is not valid), `certificate.unknown-key` (signed by a key the bureau has not published), `certificate.platform-revoked` (genuine, but the title was revoked since, Art. 15), `certificate.not-found` (genuine, but the log holds no such certification). Nothing is written. No token needed.
         */
        post: operations["verifyCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/simulation/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move the simulated business clock (training servers only); the move is recorded */
        put: operations["setSimulatedClock"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Development sign-in 开发登录 (training servers only)
         * @description Mints a token of the embedded key for the role, county or platform picked. Mounted only outside NODE_ENV=production, with embedded tokens on, on a loopback address or a simulated-clock (training) server.
         */
        post: operations["devSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sign-in/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign-in options 登录方式
         * @description The ways of signing in this server offers: the development sign-in (training servers only) and, when CERTFLOW_OIDC_CONSOLE_CLIENT_ID is set, the identity provider's authorization code flow with PKCE for the console (a public client).
         */
        get: operations["signInOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sign-in/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in actor 当前登录身份
         * @description The role, county or platform the bearer token gives, as every route reads it.
         */
        get: operations["whoAmI"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProblemMessagesDto: {
            /** @example 2028年度认定工作尚未开启 */
            "zh-CN": string;
            /** @example the 2028 cycle has not been opened */
            en: string;
        };
        FieldErrorDto: {
            /**
             * @description dotted path of the field
             * @example application.profile.operator.creditCode
             */
            field: string;
            /**
             * @example [
             *       "creditCode must be a valid unified social credit code"
             *     ]
             */
            problems: string[];
        };
        ProblemDto: {
            /**
             * @description `urn:certflow:problem:` and the code
             * @example urn:certflow:problem:cycle.not-opened
             */
            type: string;
            /** @example Refused */
            title: string;
            /**
             * @description the HTTP status, repeated
             * @example 409
             */
            status: number;
            /**
             * @description the message in the language Accept-Language prefers (zh-CN unless en comes first)
             * @example 2028年度认定工作尚未开启
             */
            detail: string;
            /**
             * @description the request path
             * @example /api/v1/cycles/2028/close-review
             */
            instance: string;
            /**
             * @description stable code clients switch on; the codes each status can carry are listed with it
             * @example cycle.not-opened
             */
            code: string;
            /**
             * @description the article of the measures that decides the refusal, e.g. 12 or 6(3)
             * @example 12
             */
            article?: string;
            messages: components["schemas"]["ProblemMessagesDto"];
            /** @description request.invalid: every violation by its dotted path */
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @description facts of a refusal, e.g. the failed criteria */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description concurrency.conflict: the stream that changed
             * @example cycle-2028
             */
            streamId?: string;
            /**
             * @description concurrency.conflict: its version now
             * @example 3
             */
            actualVersion?: number;
        };
        ProjectionLagDto: {
            /** @example public-registry */
            name: string;
            /**
             * @description last global position applied
             * @example 61
             */
            position: number;
            /**
             * @description events of the log not applied yet
             * @example 0
             */
            lag: number;
        };
        StoreHealthDto: {
            /**
             * @description sqlite or postgres
             * @example sqlite
             */
            kind: string;
            /**
             * @example up
             * @enum {string}
             */
            status: "up";
            /**
             * @description global position of the last event
             * @example 61
             */
            headPosition: number;
            /**
             * @description time to read the head, ms
             * @example 0.2
             */
            latencyMs: number;
        };
        RelayHealthDto: {
            /**
             * @description the Kafka topic of the public events
             * @example certflow.certification.v1
             */
            topic: string;
            /**
             * @description global position of the last event the relay passed (acknowledged by the broker)
             * @example 61
             */
            position: number;
            /**
             * @description events of the log not relayed yet
             * @example 0
             */
            lag: number;
            /**
             * @description whether a Kafka broker answered just now
             * @example reachable
             * @enum {string}
             */
            broker: "reachable" | "unreachable";
            /**
             * @description batches that failed since start, each retried from the checkpoint
             * @example 0
             */
            failures: number;
            /** @description the last failure, while the relay retries */
            lastError?: string;
        };
        SchedulerHealthDto: {
            /**
             * @example running
             * @enum {string}
             */
            status: "catching-up" | "running" | "stopped";
            /**
             * @description global position of the last event the schedule was derived from
             * @example 61
             */
            position: number;
            /**
             * @description deadlines held that certflow will issue when their time comes
             * @example 3
             */
            pending: number;
            /**
             * @description seconds since the oldest due but not yet issued deadline fell due (business time); 0 when none is late
             * @example 0
             */
            lagSeconds: number;
            /**
             * Format: date-time
             * @description the business time the scheduler reads
             * @example 2029-03-01T01:30:00.000Z
             */
            businessTime: string;
        };
        HealthDto: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
            /** @description each read model; empty when the server runs without them */
            projections: components["schemas"]["ProjectionLagDto"][];
            store: components["schemas"]["StoreHealthDto"];
            /** @description the Kafka relay, when this process runs it (KAFKA_BROKERS set) */
            relay?: components["schemas"]["RelayHealthDto"];
            /** @description the scheduler of the time rules, when it runs in this process (certflow serve) */
            scheduler?: components["schemas"]["SchedulerHealthDto"];
        };
        ErrorMeaningDto: {
            /** @example 该年度申报未开放或已截止 */
            "zh-CN": string;
            /** @example applications for that year are not open */
            en: string;
        };
        ErrorCodeDto: {
            /**
             * @description the stable `code` of a problem answer
             * @example application.cycle-closed
             */
            code: string;
            /**
             * @description the HTTP status it is answered with (500: logged, answered as `internal`)
             * @example 409
             */
            status: number;
            /**
             * @description the `title` of its problem answer
             * @example Refused
             */
            title: string;
            /**
             * @description the article of the measures that decides it; a list (e.g. `6, 7`) where it depends on the case, and the answer names the one
             * @example 12
             */
            article?: string;
            /** @description what the code means; an answer’s message adds the specifics */
            meaning: components["schemas"]["ErrorMeaningDto"];
        };
        OpenCycleDto: {
            /**
             * @description the measures the cycle runs under
             * @example ganzhou-2013
             */
            rulesetId: string;
            /** @example 关于开展2027年度市级中小企业公共服务示范平台认定工作的通知 */
            noticeTitle: string;
            /**
             * Format: date
             * @description last day to apply, Asia/Shanghai (Art. 12)
             * @example 2027-04-30
             */
            applicationDeadline: string;
            /**
             * Format: date
             * @description last day for recheck materials (Art. 15)
             * @example 2027-05-31
             */
            recheckMaterialsDeadline: string;
            /**
             * Format: date
             * @description last day of the city's review
             * @example 2027-07-31
             */
            reviewDeadline: string;
        };
        CommandAnswerDto: {
            /** @example platform-gz-info-001 */
            streamId: string;
            /**
             * @description stream version after the command
             * @example 3
             */
            streamVersion: number;
            /**
             * @description global position of the last event written
             * @example 1042
             */
            globalPosition: number;
            /**
             * @example [
             *       "PlatformRecommended"
             *     ]
             */
            events: string[];
            /** @description the rule evaluation the events carry (Arts. 6, 7), criterion by criterion */
            evaluation?: {
                [key: string]: unknown;
            };
        };
        CycleStateDto: {
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "window-closed" | "review-closed" | "published";
            /** @example 2027 */
            year: number;
            /** @example ganzhou-2013 */
            rulesetId: string;
            /** @example 1 */
            rulesetVersion: number;
            /**
             * Format: date
             * @description last day to apply (Art. 12)
             * @example 2027-04-30
             */
            applicationDeadline: string;
            /**
             * Format: date
             * @description last day for recheck materials (Art. 15)
             * @example 2027-05-31
             */
            recheckMaterialsDeadline: string;
            /**
             * Format: date
             * @description last day of the city's review
             * @example 2027-07-31
             */
            reviewDeadline: string;
        };
        EventMetadataDto: {
            /** @example city-reviewer-wang */
            actorId?: string;
            /**
             * @example city
             * @enum {string}
             */
            role?: "applicant" | "county" | "city" | "auditor";
            /**
             * @description a county actor's county
             * @example 360702
             */
            county?: string;
            /**
             * @description the Idempotency-Key, or a fresh id
             * @example 0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e
             */
            commandId?: string;
            /** @example 0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e */
            correlationId?: string;
            /** @example 0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e */
            causationId?: string;
            /**
             * Format: date-time
             * @description business time
             * @example 2027-06-15T01:30:00.000Z
             */
            occurredAt?: string;
            /** @example CertifyPlatform */
            command?: string;
            /** @example gz-info-001 */
            platformId?: string;
            /**
             * @description county of the platform concerned
             * @example 360702
             */
            platformCounty?: string;
        };
        RecordedEventDto: {
            /** @example PlatformCertified */
            type: string;
            /** @description the event's data; its shape depends on `type` */
            data: {
                [key: string]: unknown;
            };
            metadata: components["schemas"]["EventMetadataDto"];
            /** @example 3 */
            streamVersion: number;
            /** @example 1042 */
            globalPosition: number;
            /**
             * Format: date-time
             * @description when the store wrote it (real time)
             * @example 2027-06-15T01:30:00.112Z
             */
            recordedAt: string;
            /**
             * @description SHA-256 chain hash, hex
             * @example 3981997268f31edfb57c70d1cfe2e85b812fa989b9d5bcb2b4065e74530a8c11
             */
            hash: string;
        };
        CycleViewDto: {
            /** @example 2027 */
            year: number;
            state: components["schemas"]["CycleStateDto"];
            /** @example 1 */
            streamVersion: number;
            /** @description the cycle's stream, oldest first */
            history: components["schemas"]["RecordedEventDto"][];
        };
        OperatorDto: {
            /** @example 赣州市数智科技服务有限公司 */
            name: string;
            /** @example 91350100M000100Y43 */
            creditCode: string;
            /**
             * @example enterprise
             * @enum {string}
             */
            establishedBy: "government" | "enterprise" | "institution" | "individual";
        };
        BaseDto: {
            /**
             * @example industrial-park
             * @enum {string}
             */
            kind: "industrial-cluster" | "startup-base" | "industrial-park" | "new-industrialisation-base";
            /** @example 赣州高新技术产业园区 */
            name: string;
        };
        ProfileDto: {
            /** @example 赣州市中小企业信息服务平台 */
            name: string;
            operator: components["schemas"]["OperatorDto"];
            /**
             * @description county-level division code (章贡区 360702)
             * @example 360702
             */
            county: string;
            /**
             * Format: date
             * @example 2023-05-10
             */
            establishedOn: string;
            /**
             * @example [
             *       "information",
             *       "training"
             *     ]
             */
            categories: ("information" | "technology" | "entrepreneurship" | "training" | "financing")[];
            /**
             * @description 综合服务平台 (Art. 6(5))
             * @example false
             */
            comprehensive: boolean;
            base: components["schemas"]["BaseDto"];
        };
        InformationFiguresDto: {
            /** @example 3 */
            events: number;
            /** @example 60 */
            offlineFirms: number;
        };
        CountDto: {
            /** @example 3 */
            events: number;
        };
        TrainingFiguresDto: {
            /** @example 1200 */
            traineeTimes: number;
        };
        FinancingFiguresDto: {
            /** @example 2 */
            matchmakingEvents: number;
            /** @example 2 */
            financingLectures: number;
        };
        FiguresDto: {
            /**
             * @description CNY (Art. 6(3): ≥ 2,000,000, "generally")
             * @example 2500000
             */
            totalAssetsCny: number;
            /** @example 12 */
            staffServingSmes: number;
            /**
             * @description college degree or mid-level title and above
             * @example 8
             */
            qualifiedStaff: number;
            /** @example 350 */
            premisesM2: number;
            /** @example 25 */
            publicInterestPercent: number;
            /**
             * @description aggregated service institutions (comprehensive platforms)
             * @example 0
             */
            serviceInstitutions: number;
            /** @example 80 */
            smesServedLastYear: number;
            /** @example 65 */
            smesServedYearBefore: number;
            /** @example 88 */
            satisfactionPercent: number;
            information?: components["schemas"]["InformationFiguresDto"];
            technology?: components["schemas"]["CountDto"];
            entrepreneurship?: components["schemas"]["CountDto"];
            training?: components["schemas"]["TrainingFiguresDto"];
            financing?: components["schemas"]["FinancingFiguresDto"];
        };
        CapabilitiesDto: {
            /**
             * @example [
             *       "online-information-system",
             *       "online-and-offline-service"
             *     ]
             */
            information?: string[];
            /**
             * @example [
             *       "expert-database",
             *       "project-database"
             *     ]
             */
            technology?: string[];
            /**
             * @example [
             *       "coaching",
             *       "startup-project-database",
             *       "startup-guide",
             *       "hotline"
             *     ]
             */
            entrepreneurship?: string[];
            /**
             * @example [
             *       "training-qualification",
             *       "remote-training",
             *       "training-evaluation"
             *     ]
             */
            training?: string[];
            /**
             * @example [
             *       "financing-advice",
             *       "financing-planning",
             *       "referral-and-agency",
             *       "financing-supermarket"
             *     ]
             */
            financing?: string[];
        };
        DeclarationsDto: {
            /** @example true */
            independentLegalPerson: boolean;
            /** @example true */
            qualifiedForServices: boolean;
            /** @example true */
            servesMainlySmesInBase: boolean;
            /** @example true */
            soundFinances: boolean;
            /** @example true */
            managementSystem: boolean;
            /** @example true */
            smallFirmDiscounts: boolean;
            /** @example true */
            developmentPlan: boolean;
            capabilities: components["schemas"]["CapabilitiesDto"];
        };
        MaterialDto: {
            /** @example 申请报告.pdf */
            name: string;
            /**
             * @description SHA-256 of the file, hex
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            sha256: string;
            /** @example 482113 */
            sizeBytes: number;
            /** @example application/pdf */
            mediaType: string;
            /**
             * @description where the file lives
             * @example docs://2027/platform-1/application-report.pdf
             */
            location: string;
            /**
             * @description Art. 10 material
             * @example application-report
             * @enum {string}
             */
            code: "application-report" | "legal-person-certificate" | "special-audit-report" | "premises-proof" | "staff-list" | "service-evidence" | "qualifications" | "authenticity-declaration";
        };
        ApplicationContentDto: {
            profile: components["schemas"]["ProfileDto"];
            figures: components["schemas"]["FiguresDto"];
            declarations: components["schemas"]["DeclarationsDto"];
            /** @description the 8 materials of Art. 10 */
            materials: components["schemas"]["MaterialDto"][];
        };
        SubmitApplicationDto: {
            /**
             * @description the yearly cycle applied to (Art. 12)
             * @example 2027
             */
            cycleYear: number;
            application: components["schemas"]["ApplicationContentDto"];
        };
        ReturnForCorrectionDto: {
            /**
             * @description why the application goes back; may be empty when missingMaterials says it
             * @example [
             *       "缺少专项审计报告，请补正后重新提交"
             *     ]
             */
            reasons: string[];
            /**
             * @description Art. 10 materials still to supply
             * @example [
             *       "special-audit-report"
             *     ]
             */
            missingMaterials: ("application-report" | "legal-person-certificate" | "special-audit-report" | "premises-proof" | "staff-list" | "service-evidence" | "qualifications" | "authenticity-declaration")[];
        };
        ResubmitApplicationDto: {
            /** @description the corrected application in full; it replaces the one returned */
            application: components["schemas"]["ApplicationContentDto"];
        };
        WithdrawApplicationDto: {
            /** @example 本年度暂不具备申报条件，主动撤回 */
            reason: string;
        };
        AssessmentDto: {
            /** @example 85 */
            score: number;
            /** @example 运营规范，服务记录完整 */
            comment: string;
        };
        CountyEvaluationDto: {
            operation: components["schemas"]["AssessmentDto"];
            performance: components["schemas"]["AssessmentDto"];
            satisfaction: components["schemas"]["AssessmentDto"];
            /**
             * @example [
             *       "刘科长",
             *       "陈干事"
             *     ]
             */
            evaluators: string[];
        };
        DocumentRefDto: {
            /** @example 申请报告.pdf */
            name: string;
            /**
             * @description SHA-256 of the file, hex
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            sha256: string;
            /** @example 482113 */
            sizeBytes: number;
            /** @example application/pdf */
            mediaType: string;
            /**
             * @description where the file lives
             * @example docs://2027/platform-1/application-report.pdf
             */
            location: string;
        };
        OverrideDto: {
            /**
             * @description a failed criterion the ruleset marks overridable
             * @example 6(3) total assets
             */
            criterion: string;
            /** @example 资产总额略低于200万元，但近两年服务中小企业成效突出，经评审组集体研究同意破格认定 */
            reason: string;
        };
        RecommendPlatformDto: {
            countyEvaluation: components["schemas"]["CountyEvaluationDto"];
            /** @description 附件1 推荐表, signed and sealed by the county bureau */
            recommendationForm: components["schemas"]["DocumentRefDto"];
            /** @description one per failed criterion the measures qualify with "generally" (Art. 6(3) total assets), with the county's written reason for the city; none when all criteria pass. Any other failed criterion of Arts. 6 and 7 refuses the recommendation (409). */
            overrides?: components["schemas"]["OverrideDto"][];
        };
        DeclineToRecommendDto: {
            countyEvaluation: components["schemas"]["CountyEvaluationDto"];
            /**
             * @description written reasons, at least one (Art. 9)
             * @example [
             *       "服务满意度测评未达到要求"
             *     ]
             */
            reasons: string[];
        };
        CertifyPlatformDto: {
            /**
             * @description who reviewed, at least one (Art. 11)
             * @example [
             *       "市局评审组 王组长",
             *       "市局评审组 李委员"
             *     ]
             */
            reviewers: string[];
            /**
             * @example [
             *       "材料齐全，各项指标达到认定条件"
             *     ]
             */
            reasons: string[];
            /** @description one per failed overridable criterion; none when all criteria pass */
            overrides?: components["schemas"]["OverrideDto"][];
        };
        RejectApplicationDto: {
            /**
             * @description who reviewed, at least one (Art. 11)
             * @example [
             *       "市局评审组 王组长",
             *       "市局评审组 李委员"
             *     ]
             */
            reviewers: string[];
            /**
             * @description written reasons, at least one (Art. 11)
             * @example [
             *       "专项审计报告显示资产负债率过高，财务状况不符合第六条第三项要求"
             *     ]
             */
            reasons: string[];
        };
        ApplicationItemDto: {
            /** @example gz-info-001 */
            platformId: string;
            /** @example 360702 */
            county: string;
            /**
             * @description the latest decision on the platform's application in that cycle
             * @example PlatformRecommended
             * @enum {string}
             */
            last: "ApplicationSubmitted" | "ApplicationResubmitted" | "ApplicationReturnedForCorrection" | "ApplicationWithdrawn" | "PlatformRecommended" | "PlatformNotRecommended" | "PlatformCertified" | "ApplicationRejected";
            /**
             * @description global position of that decision in the log
             * @example 41
             */
            position: number;
        };
        ApplicationListDto: {
            /** @example 2027 */
            cycleYear: number;
            /** @description one per platform that applied in the cycle, in the order of their latest decision */
            items: components["schemas"]["ApplicationItemDto"][];
        };
        SubmitAnnualSummaryDto: {
            /**
             * @description the year the summary covers, from the year of certification to this year (Art. 14)
             * @example 2027
             */
            year: number;
            /** @description 年度工作总结 */
            summary: components["schemas"]["DocumentRefDto"];
        };
        OpenRecheckDto: {
            /**
             * @description the yearly cycle the recheck runs with; it must be open (Art. 15)
             * @example 2029
             */
            cycleYear: number;
        };
        RecheckMaterialDto: {
            /** @example 申请报告.pdf */
            name: string;
            /**
             * @description SHA-256 of the file, hex
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            sha256: string;
            /** @example 482113 */
            sizeBytes: number;
            /** @example application/pdf */
            mediaType: string;
            /**
             * @description where the file lives
             * @example docs://2027/platform-1/application-report.pdf
             */
            location: string;
            /**
             * @description Art. 15 recheck material
             * @example two-year-summary
             * @enum {string}
             */
            code: "two-year-summary" | "audit-report" | "yearly-evaluation-form";
        };
        SubmitRecheckMaterialsDto: {
            /** @description the 3 recheck materials of Art. 15 */
            materials: components["schemas"]["RecheckMaterialDto"][];
        };
        GiveRecheckOpinionDto: {
            /**
             * @description the county's opinion; the city decides (Art. 15)
             * @example pass
             * @enum {string}
             */
            opinion: "pass" | "fail";
            countyEvaluation: components["schemas"]["CountyEvaluationDto"];
            /** @example 两年来运营正常，服务企业数量稳定增长，同意通过复核 */
            comments: string;
        };
        ConfirmRecheckDto: {
            /**
             * @description who reviewed the recheck (Art. 15)
             * @example [
             *       "市局评审组 王组长",
             *       "市局评审组 李委员"
             *     ]
             */
            reviewers: string[];
            /**
             * @example [
             *       "复核材料齐全，县局复核意见为通过，运营情况符合认定条件"
             *     ]
             */
            reasons: string[];
        };
        FailRecheckDto: {
            /**
             * @description who reviewed the recheck (Art. 15)
             * @example [
             *       "市局评审组 王组长",
             *       "市局评审组 李委员"
             *     ]
             */
            reviewers: string[];
            /**
             * @example [
             *       "服务企业数量连续两年低于认定条件，复核不合格"
             *     ]
             */
            reasons: string[];
        };
        AnnounceRevocationDto: {
            /**
             * @description why the title is to be revoked; published with the notice (Art. 15)
             * @example [
             *       "复核不合格，拟撤销示范平台称号"
             *     ]
             */
            reasons: string[];
        };
        RevokeCertificationDto: {
            /**
             * @example [
             *       "公告期满无异议，撤销示范平台称号"
             *     ]
             */
            reasons: string[];
        };
        CriterionResultDto: {
            /**
             * @description stable name, article first
             * @example 6(3) total assets
             */
            criterion: string;
            /** @example 6(3) */
            article: string;
            /**
             * @description what the application declared
             * @example 2500000
             */
            input: (string | number | boolean | unknown[] | {
                [key: string]: unknown;
            }) | null;
            /**
             * @description what the ruleset requires
             * @example 2000000
             */
            threshold: (string | number | boolean | unknown[] | {
                [key: string]: unknown;
            }) | null;
            /**
             * @example pass
             * @enum {string}
             */
            result: "pass" | "fail" | "needs-judgement";
            /**
             * @description the city may set a failure aside with a written reason ("generally")
             * @example true
             */
            overridable: boolean;
        };
        RuleEvaluationDto: {
            /** @example ganzhou-2013 */
            rulesetId: string;
            /** @example 1 */
            rulesetVersion: number;
            /**
             * Format: date
             * @example 2027-03-20
             */
            evaluatedOn: string;
            criteria: components["schemas"]["CriterionResultDto"][];
            /**
             * @description criteria that failed
             * @example []
             */
            failed: string[];
            /**
             * @description criteria people judge on the evidence
             * @example [
             *       "6(1) independent legal person"
             *     ]
             */
            needsJudgement: string[];
        };
        PlatformStateDto: {
            /**
             * @example certified
             * @enum {string}
             */
            status: "submitted" | "returned" | "recommended" | "closed" | "certified" | "recheck-open" | "recheck-submitted" | "recheck-opinion-given" | "recheck-failed" | "revocation-announced" | "revoked";
            /** @example gz-info-001 */
            platformId?: string;
            /** @example 赣州市中小企业信息服务平台 */
            name?: string;
            /** @example 360702 */
            county?: string;
            /**
             * @description the cycle of the current application or recheck
             * @example 2027
             */
            cycleYear?: number;
            /** @description submitted, returned, recommended */
            application?: components["schemas"]["ApplicationContentDto"];
            /** @description submitted, returned, recommended */
            evaluation?: components["schemas"]["RuleEvaluationDto"];
            /**
             * @description closed
             * @enum {string}
             */
            closedAs?: "withdrawn" | "not-recommended" | "rejected";
            /**
             * @description certified and after
             * @example 2027
             */
            certifiedIn?: number;
            /**
             * @description certified and after
             * @example 2029
             */
            nextRecheckYear?: number;
            /**
             * @description years whose summary came (Art. 14)
             * @example [
             *       2027,
             *       2028
             *     ]
             */
            summaries?: number[];
            /**
             * Format: date
             * @description recheck-open, recheck-submitted, recheck-opinion-given
             * @example 2029-05-31
             */
            materialsDueOn?: string;
            /**
             * Format: date
             * @description revocation-announced
             * @example 2029-07-12
             */
            noticeEndsOn?: string;
            /**
             * Format: date
             * @description revoked
             * @example 2029-07-12
             */
            revokedOn?: string;
        };
        PlatformViewDto: {
            /** @example gz-info-001 */
            platformId: string;
            state: components["schemas"]["PlatformStateDto"];
            /** @example 3 */
            streamVersion: number;
            /** @description the platform's whole stream, oldest first */
            history: components["schemas"]["RecordedEventDto"][];
        };
        UploadedDocumentDto: {
            /** @description the file name the uploader gave */
            name: string;
            /** @description SHA-256 of the bytes, lower-case hex; the document is named by it */
            sha256: string;
            sizeBytes: number;
            /**
             * @description told by the bytes, whatever the file name says
             * @enum {string}
             */
            mediaType: "application/pdf" | "application/ofd" | "image/jpeg" | "image/png";
            /** @example /api/v1/documents/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            location: string;
        };
        RegistryOperatorDto: {
            /** @example 赣州市数智科技服务有限公司 */
            name: string;
            /** @example 91350100M000100Y43 */
            creditCode: string;
        };
        LastRecheckDto: {
            /** @example 2029 */
            cycleYear: number;
            /**
             * @example confirmed
             * @enum {string}
             */
            result: "confirmed" | "failed";
            /**
             * Format: date
             * @example 2029-06-10
             */
            on: string;
        };
        RegistryEntryDto: {
            /**
             * @description document key
             * @example gz-info-001
             */
            _id: string;
            /**
             * @description last global position applied to the document
             * @example 1042
             */
            lastPosition: number;
            /** @example gz-info-001 */
            platformId: string;
            /** @example 赣州市中小企业信息服务平台 */
            name: string;
            operator: components["schemas"]["RegistryOperatorDto"];
            /** @example 360702 */
            county: string;
            /** @example 章贡区 */
            countyName: string;
            /**
             * @example [
             *       "information"
             *     ]
             */
            categories: ("information" | "technology" | "entrepreneurship" | "training" | "financing")[];
            /**
             * @description 综合服务平台 (Art. 6(5))
             * @example false
             */
            comprehensive: boolean;
            /**
             * @description listed since its certification; the registry keeps revoked platforms
             * @example true
             */
            listed: boolean;
            /**
             * @description listed platforms are certified, under-recheck, revocation-announced or revoked
             * @example certified
             * @enum {string}
             */
            status: "applying" | "not-certified" | "certified" | "under-recheck" | "revocation-announced" | "revoked";
            /**
             * @description cycle year of the certification
             * @example 2027
             */
            certifiedIn?: number;
            /**
             * Format: date
             * @example 2027-06-15
             */
            certifiedOn?: string;
            /** @example 2029 */
            nextRecheckYear?: number;
            lastRecheck?: components["schemas"]["LastRecheckDto"];
            /**
             * Format: date
             * @example 2029-06-12
             */
            revocationAnnouncedOn?: string;
            /**
             * Format: date
             * @example 2029-07-12
             */
            revokedOn?: string;
            /**
             * @description years whose yearly summary is overdue and not sent (Art. 14), where the ruleset makes it public
             * @example [
             *       2028
             *     ]
             */
            summariesOverdue?: number[];
        };
        RegistryPageDto: {
            items: components["schemas"]["RegistryEntryDto"][];
            /**
             * @description entries matching the query, on every page
             * @example 5
             */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        ReturnRecordDto: {
            /**
             * Format: date
             * @example 2027-03-25
             */
            on: string;
            /**
             * @example [
             *       "缺少专项审计报告"
             *     ]
             */
            reasons: string[];
            /**
             * @example [
             *       "special-audit-report"
             *     ]
             */
            missingMaterials: string[];
        };
        WithdrawalDto: {
            /**
             * Format: date
             * @example 2027-04-02
             */
            on: string;
            /** @example 运营主体调整，暂不申报 */
            reason: string;
        };
        CountyDecisionDto: {
            /**
             * @example recommended
             * @enum {string}
             */
            decision: "recommended" | "not-recommended";
            /**
             * Format: date
             * @example 2027-05-10
             */
            on: string;
            /**
             * @description actor id
             * @example county-360702-officer
             */
            by: string;
            evaluation: components["schemas"]["CountyEvaluationDto"];
            /** @example [] */
            reasons: string[];
            /** @description 推荐表, when recommended */
            recommendationForm?: components["schemas"]["DocumentRefDto"];
            ruleEvaluation: components["schemas"]["RuleEvaluationDto"];
        };
        AppliedOverrideDto: {
            /** @example 6(3) total assets */
            criterion: string;
            /** @example 资产总额略低于标准，但服务绩效突出 */
            reason: string;
        };
        CityDecisionDto: {
            /**
             * @example certified
             * @enum {string}
             */
            decision: "certified" | "rejected";
            /**
             * Format: date
             * @example 2027-06-15
             */
            on: string;
            /**
             * @description actor id
             * @example city-reviewer-wang
             */
            by: string;
            /**
             * @example [
             *       "市局评审组 王组长"
             *     ]
             */
            reviewers: string[];
            /**
             * @example [
             *       "符合第六条基本条件和第七条类别要求"
             *     ]
             */
            reasons: string[];
            overrides: components["schemas"]["AppliedOverrideDto"][];
            ruleEvaluation: components["schemas"]["RuleEvaluationDto"];
        };
        ApplicationRecordDto: {
            /** @example 2027 */
            cycleYear: number;
            /**
             * Format: date
             * @example 2027-03-20
             */
            submittedOn: string;
            /**
             * Format: date
             * @example 2027-03-28
             */
            resubmittedOn?: string;
            /** @description returned for correction */
            returns: components["schemas"]["ReturnRecordDto"][];
            withdrawn?: components["schemas"]["WithdrawalDto"];
            /** @description as evaluated at submission */
            ruleEvaluation: components["schemas"]["RuleEvaluationDto"];
            county?: components["schemas"]["CountyDecisionDto"];
            city?: components["schemas"]["CityDecisionDto"];
        };
        SummaryRecordDto: {
            /** @example 2027 */
            year: number;
            /**
             * Format: date
             * @example 2028-01-20
             */
            submittedOn: string;
            summary: components["schemas"]["DocumentRefDto"];
        };
        OverdueSummaryDto: {
            /** @example 2027 */
            year: number;
            /**
             * Format: date
             * @example 2028-03-31
             */
            dueOn: string;
            /**
             * Format: date
             * @example 2028-04-01
             */
            recordedOn: string;
        };
        RecheckMaterialsRecordDto: {
            /**
             * Format: date
             * @example 2029-04-15
             */
            submittedOn: string;
            documents: components["schemas"]["RecheckMaterialDto"][];
        };
        CountyOpinionDto: {
            /**
             * @example pass
             * @enum {string}
             */
            opinion: "pass" | "fail";
            /**
             * Format: date
             * @example 2029-05-20
             */
            on: string;
            /** @example county-360702-officer */
            by: string;
            evaluation: components["schemas"]["CountyEvaluationDto"];
            /** @example 建议通过复核 */
            comments: string;
        };
        CityRecheckResultDto: {
            /**
             * @example confirmed
             * @enum {string}
             */
            result: "confirmed" | "failed";
            /**
             * Format: date
             * @example 2029-06-10
             */
            on: string;
            /** @example city-reviewer-wang */
            by: string;
            /**
             * @example [
             *       "市局评审组 王组长"
             *     ]
             */
            reviewers: string[];
            /**
             * @example [
             *       "复核合格"
             *     ]
             */
            reasons: string[];
            /**
             * @description failed because the materials never came (Art. 15)
             * @example false
             */
            materialsMissing: boolean;
        };
        RecheckRecordDto: {
            /** @example 2029 */
            cycleYear: number;
            /**
             * Format: date
             * @example 2029-03-05
             */
            openedOn: string;
            /**
             * Format: date
             * @example 2029-05-31
             */
            materialsDueOn: string;
            materials?: components["schemas"]["RecheckMaterialsRecordDto"];
            countyOpinion?: components["schemas"]["CountyOpinionDto"];
            cityResult?: components["schemas"]["CityRecheckResultDto"];
        };
        RevocationRecordDto: {
            /**
             * Format: date
             * @example 2029-06-12
             */
            announcedOn: string;
            /**
             * Format: date
             * @example 2029-07-12
             */
            noticeEndsOn: string;
            /**
             * @example [
             *       "复核不合格"
             *     ]
             */
            reasons: string[];
            /**
             * Format: date
             * @example 2029-07-12
             */
            revokedOn?: string;
        };
        ReviewHistoryDto: {
            /**
             * @description document key
             * @example gz-info-001
             */
            _id: string;
            /**
             * @description last global position applied to the document
             * @example 1042
             */
            lastPosition: number;
            /** @example gz-info-001 */
            platformId: string;
            /** @example 赣州市中小企业信息服务平台 */
            name: string;
            /** @example 360702 */
            county: string;
            applications: components["schemas"]["ApplicationRecordDto"][];
            /** @description yearly summaries (Art. 14) */
            summaries: components["schemas"]["SummaryRecordDto"][];
            /** @description yearly summaries not sent by their due date (Art. 14); one sent late is also in summaries */
            overdueSummaries?: components["schemas"]["OverdueSummaryDto"][];
            rechecks: components["schemas"]["RecheckRecordDto"][];
            revocation?: components["schemas"]["RevocationRecordDto"];
        };
        AuditEntryDto: {
            /**
             * @description document key
             * @example gz-info-001
             */
            _id: string;
            /**
             * @description last global position applied to the document
             * @example 1042
             */
            lastPosition: number;
            /**
             * @description event id (UUID v7)
             * @example 01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a
             */
            eventId: string;
            /**
             * @description global position
             * @example 20
             */
            position: number;
            /** @example platform-gz-info-001 */
            streamId: string;
            /** @example 3 */
            streamVersion: number;
            /** @example PlatformCertified */
            type: string;
            /** @example gz-info-001 */
            platformId?: string;
            /** @example 2027 */
            cycleYear?: number;
            /**
             * @description county of the platform concerned
             * @example 360702
             */
            county?: string;
            /** @example city-reviewer-wang */
            actorId: string;
            /** @example city */
            role: string;
            /**
             * @description a county actor's county
             * @example 360702
             */
            actorCounty?: string;
            /**
             * Format: date-time
             * @description business time
             * @example 2027-06-15T01:30:00.000Z
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @description when the store wrote it (real time)
             * @example 2027-06-15T01:30:00.112Z
             */
            recordedAt: string;
            /** @example 0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e */
            commandId?: string;
            /** @example 0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e */
            correlationId?: string;
            /** @example CertifyPlatform */
            command?: string;
            /** @description the event's data as decided, without the rule evaluation (that is `ruleEvaluation`) */
            inputs: {
                [key: string]: unknown;
            };
            ruleEvaluation?: components["schemas"]["RuleEvaluationDto"];
            /** @example ganzhou-2013 */
            rulesetId?: string;
            /** @example 1 */
            rulesetVersion?: number;
            /**
             * @example [
             *       "符合第六条基本条件和第七条类别要求"
             *     ]
             */
            reasons?: string[];
            /**
             * @description chain hash of the event
             * @example b004e660b9f2520e0b427f29443b02121abc5bd50290c10ccede8b233b0469c8
             */
            hash: string;
        };
        AuditTrailPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            /** @example 9 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
        };
        DeadlineTextDto: {
            /** @example 2027年度申报截止（2027-04-30），此后不再受理申报（第十二条） */
            zh: string;
            /** @example the 2027 application window closes after 2027-04-30; later submissions are refused (Art. 12) */
            en: string;
        };
        DeadlineDto: {
            /**
             * @description stable id; the command certflow issues carries `scheduler:` + this id
             * @example close-application-window/2027
             */
            id: string;
            /**
             * @example close-application-window
             * @enum {string}
             */
            rule: "close-application-window" | "open-recheck" | "summary-overdue" | "fail-recheck" | "revoke-certification" | "revocation-due" | "reminder";
            /**
             * @description the article of the measures
             * @example 12
             */
            article: string;
            /**
             * Format: date-time
             * @description the first instant the rule applies
             * @example 2027-04-30T16:00:00.000Z
             */
            dueAt: string;
            /**
             * @description the same instant in Asia/Shanghai
             * @example 2027-05-01T00:00:00+08:00
             */
            dueAtShanghai: string;
            /**
             * Format: date
             * @description the Asia/Shanghai day it falls due (a deadline is inclusive: the day after it)
             * @example 2027-05-01
             */
            dueOn: string;
            /**
             * @description the cycle (for a yearly summary: the year it reports on)
             * @example 2027
             */
            year: number;
            /** @example gz-info-001 */
            platformId?: string;
            /** @example 360702 */
            county?: string;
            /**
             * @description who acts when it falls due
             * @example certflow-issues
             * @enum {string}
             */
            action: "certflow-issues" | "city-decides";
            /**
             * @description the command certflow issues, as the city; SendDeadlineReminder: a DeadlineReminderSent event on the deadline-reminders stream
             * @example CloseApplicationWindow
             */
            command?: string;
            /**
             * @description due by the business time now and not issued yet
             * @example false
             */
            due: boolean;
            /** @description what will happen */
            what: components["schemas"]["DeadlineTextDto"];
        };
        DeadlinesDto: {
            /**
             * Format: date-time
             * @description the business time the answer is as of
             * @example 2027-03-01T01:30:00.000Z
             */
            businessTime: string;
            /** @description earliest first */
            items: components["schemas"]["DeadlineDto"][];
        };
        TimelineEntryDto: {
            /** @example 01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a */
            eventId: string;
            /** @example PlatformCertified */
            type: string;
            /** @example 5 */
            streamVersion: number;
            /** @example 31 */
            globalPosition: number;
            /**
             * Format: date-time
             * @description business time: when it happened for the measures
             * @example 2027-06-15T01:30:00.000Z
             */
            occurredAt: string;
            /**
             * @description the business time came from a training server's simulated clock
             * @example true
             */
            businessTimeSimulated: boolean;
            /**
             * Format: date-time
             * @description recorded time: when the store wrote it (always real)
             * @example 2026-12-01T10:00:00.112Z
             */
            recordedAt: string;
            /** @example city-reviewer-wang */
            actorId: string;
            /** @example city */
            role: string;
            /** @example 360702 */
            county?: string;
            /** @example CertifyPlatform */
            command?: string;
            /** @example 0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e */
            commandId?: string;
            /** @description the event data as recorded */
            data: (string | number | boolean | unknown[] | {
                [key: string]: unknown;
            }) | null;
            /** @example b004e660b9f2520e0b427f29443b02121abc5bd50290c10ccede8b233b0469c8 */
            hash: string;
        };
        StreamReplayDto: {
            /** @example platform-zg-hub-006 */
            streamId: string;
            /**
             * @example platform
             * @enum {string}
             */
            kind: "platform" | "cycle" | "clock" | "other";
            /**
             * Format: date-time
             * @description the recorded instant asked for, in UTC
             * @example 2028-02-29T16:00:00.000Z
             */
            asOf?: string;
            /**
             * @description the version asked for
             * @example 5
             */
            version?: number;
            /**
             * @description the version the replay reached; 0 when nothing was recorded yet then
             * @example 5
             */
            streamVersion: number;
            /**
             * @description the version of the stream today
             * @example 11
             */
            currentVersion: number;
            /** @description the state folded from those events (as GET platform shows it) */
            state: {
                [key: string]: unknown;
            } | null;
            events: components["schemas"]["TimelineEntryDto"][];
        };
        DecidedEventDto: {
            /** @example 01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a */
            eventId: string;
            /** @example PlatformCertified */
            type: string;
            /** @example 5 */
            streamVersion: number;
            /** @example 31 */
            globalPosition: number;
            /**
             * Format: date-time
             * @description business time: when it happened for the measures
             * @example 2027-06-15T01:30:00.000Z
             */
            occurredAt: string;
            /**
             * @description the business time came from a training server's simulated clock
             * @example true
             */
            businessTimeSimulated: boolean;
            /**
             * Format: date-time
             * @description recorded time: when the store wrote it (always real)
             * @example 2026-12-01T10:00:00.112Z
             */
            recordedAt: string;
            /** @example city-reviewer-wang */
            actorId: string;
            /** @example city */
            role: string;
            /** @example 360702 */
            county?: string;
            /** @example CertifyPlatform */
            command?: string;
            /** @example 0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e */
            commandId?: string;
            /** @description the event data as recorded */
            data: (string | number | boolean | unknown[] | {
                [key: string]: unknown;
            }) | null;
            /** @example b004e660b9f2520e0b427f29443b02121abc5bd50290c10ccede8b233b0469c8 */
            hash: string;
            /** @example platform-gz-info-001 */
            streamId: string;
        };
        DecisionKindDto: {
            /** @example 市局认定为示范平台 */
            zh: string;
            /** @example certified by the city bureau */
            en: string;
            /** @example 11 */
            article: string;
        };
        DecisionActorDto: {
            /** @example city-reviewer-wang */
            id: string;
            /** @example city */
            role: string;
            /** @example 360702 */
            county?: string;
        };
        RulesetRefDto: {
            /** @example ganzhou-2013 */
            id: string;
            /** @example 1 */
            version: number;
            /** @example 赣州市市级中小企业公共服务示范平台认定管理办法 */
            title?: string;
            /**
             * @description this deployment still carries that version, so the decision could be re-checked
             * @example true
             */
            available: boolean;
        };
        ExplainedCriterionDto: {
            /** @example 6(3) total assets */
            criterion: string;
            /** @example 资产总额（第六条第（三）项） */
            label: string;
            /** @example 6(3) */
            article: string;
            /** @example 第六条第（三）项 */
            articleZh: string;
            /** @example 2500000 */
            input: (string | number | boolean | unknown[] | {
                [key: string]: unknown;
            }) | null;
            /** @example 2000000 */
            threshold: (string | number | boolean | unknown[] | {
                [key: string]: unknown;
            }) | null;
            /**
             * @example pass
             * @enum {string}
             */
            result: "pass" | "fail" | "needs-judgement";
            /** @example true */
            overridable: boolean;
            /**
             * @description the written reason a failed criterion was set aside with
             * @example 县政府重点扶持项目，资产正在注入
             */
            overriddenBecause?: string;
        };
        MaterialReferenceDto: {
            /** @example special-audit-report */
            code: string;
            /** @example 上一年度服务收支情况专项审计报告 */
            label: string;
            /** @example 2026年度专项审计报告.pdf */
            name: string;
            /** @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 */
            sha256: string;
            /** @example doc://gz-info-001/audit-2026.pdf */
            location: string;
        };
        BasisDto: {
            /** @example 01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a */
            eventId: string;
            /** @example PlatformRecommended */
            type: string;
            /** @example 3 */
            streamVersion: number;
            /**
             * Format: date-time
             * @description business time
             * @example 2027-04-20T02:00:00.000Z
             */
            occurredAt: string;
            /** @example county-360702 */
            actorId: string;
        };
        ReproductionDto: {
            /**
             * @example reproduced
             * @enum {string}
             */
            outcome: "reproduced" | "differs" | "ruleset-unavailable" | "no-application";
            /**
             * @example [
             *       "6(3) total assets result: stored \"pass\", recomputed \"fail\""
             *     ]
             */
            differences?: string[];
            /** @example ganzhou-2013 */
            rulesetId?: string;
            /** @example 1 */
            rulesetVersion?: number;
        };
        DecisionExplanationDto: {
            decision: components["schemas"]["DecidedEventDto"];
            what: components["schemas"]["DecisionKindDto"];
            /** @example gz-info-001 */
            platformId?: string;
            /** @example 2027 */
            cycleYear?: number;
            actor: components["schemas"]["DecisionActorDto"];
            /**
             * @example [
             *       "符合第六条基本条件和第七条类别要求"
             *     ]
             */
            reasons: string[];
            /**
             * @example [
             *       "市局评审组 王组长"
             *     ]
             */
            reviewers: string[];
            /** @description the ruleset version of the decision day */
            ruleset?: components["schemas"]["RulesetRefDto"];
            criteria: components["schemas"]["ExplainedCriterionDto"][];
            failed: string[];
            needsJudgement: string[];
            materials: components["schemas"]["MaterialReferenceDto"][];
            /** @description the earlier steps of the same cycle the decision rests on */
            basedOn: components["schemas"]["BasisDto"][];
            /** @description re-running that ruleset version's rules over the stream's history */
            reproduction?: components["schemas"]["ReproductionDto"];
        };
        AuditReadDto: {
            /**
             * @description id of the AuditRecordRead event
             * @example 01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a
             */
            eventId: string;
            /**
             * @description global position of the record in the log
             * @example 120
             */
            position: number;
            /** @example auditor-chen */
            subject: string;
            /** @example auditor */
            role: string;
            /** @example 360702 */
            county?: string;
            /** @example GET /api/v1/audit/export */
            route: string;
            /**
             * @example {
             *       "county": "360702",
             *       "format": "csv"
             *     }
             */
            parameters: {
                [key: string]: string;
            };
            /**
             * @description `answered`, or the problem code the read was refused with
             * @example answered
             */
            outcome: string;
            /**
             * Format: date-time
             * @description when the read was answered
             * @example 2026-12-01T02:15:00.123Z
             */
            readAt: string;
            /**
             * Format: date-time
             * @description when the store wrote the record (reads are recorded in batches, within about a second)
             * @example 2026-12-01T02:15:00.871Z
             */
            recordedAt: string;
        };
        AuditReadsDto: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            from: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            to: string;
            items: components["schemas"]["AuditReadDto"][];
        };
        SignedTreeHeadDto: {
            /**
             * @description events in the tree
             * @example 61
             */
            treeSize: number;
            /**
             * @description RFC 9162 Merkle tree hash, hex
             * @example 153ccea90ffd3685b3bcf17014ef2636deeee740b525e199608b3bc67f10b222
             */
            rootHash: string;
            /**
             * Format: date-time
             * @description when the head was signed
             * @example 2026-12-01T18:40:44.751Z
             */
            timestamp: string;
            /**
             * @example Ed25519
             * @enum {string}
             */
            algorithm: "Ed25519";
            /**
             * @description SHA-256 of the public key (SPKI DER), hex
             * @example 657f6ba8623265e20b9809330ee021c66dd92106e076de140c2ff4e98edff574
             */
            keyId: string;
            /**
             * @description base64 Ed25519 signature of "certflow-tree-head:v1\n{treeSize}\n{rootHash}\n{timestamp}"
             * @example udgeiSfPM8t6...
             */
            signature: string;
            /**
             * @description SPKI PEM of the key that signs the heads
             * @example -----BEGIN PUBLIC KEY-----
             *     ...
             */
            publicKey?: string;
        };
        InclusionProofDto: {
            /** @example 01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a */
            eventId: string;
            /** @example 21 */
            leafIndex: number;
            /** @example 61 */
            treeSize: number;
            /**
             * @description SHA-256(0x00 || "certflow-event:v1\n{streamId}\n{streamVersion}\n{hash}"), hex
             * @example a1...
             */
            leafHash: string;
            /** @example 153c... */
            rootHash: string;
            /** @description RFC 9162 2.1.3 audit path, hex */
            auditPath: string[];
        };
        ConsistencyProofDto: {
            /** @example 40 */
            from: number;
            /** @example 61 */
            to: number;
            /** @example 9f2c... */
            fromRoot: string;
            /** @example 153c... */
            toRoot: string;
            /** @description RFC 9162 2.1.4 consistency proof, hex */
            proof: string[];
        };
        CertificateOperatorDto: {
            /** @example 赣州市章贡区科创服务有限公司 */
            name: string;
            /**
             * @description 统一社会信用代码 (Art. 2)
             * @example 91360702MA35XXXX0X
             */
            unifiedSocialCreditCode: string;
        };
        CertificateCountyDto: {
            /** @example 360702 */
            code: string;
            /** @example 章贡区 */
            name: string;
        };
        CertificateValidityDto: {
            /**
             * @example 15
             * @enum {string}
             */
            article: "15";
            /**
             * @description the cycle whose recheck the platform is due for next (every two years)
             * @example 2029
             */
            nextRecheckYear: number;
            /**
             * @description valid until the city revokes the title (Art. 15)
             * @enum {boolean}
             */
            validUntilRevoked: true;
        };
        CertificateDecisionDto: {
            /**
             * @description the PlatformCertified event
             * @example 01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a
             */
            eventId: string;
            /** @example 7 */
            streamVersion: number;
            /**
             * @description its position in the log: prove it with GET /api/v1/log/proofs/inclusion
             * @example 42
             */
            globalPosition: number;
            /** @example 2027-06-30T02:00:00.000Z */
            recordedAt: string;
        };
        PlatformCertificateDto: {
            /** @enum {string} */
            kind: "certflow-platform-certificate";
            /** @enum {integer} */
            version: 1;
            /** @example zg-hub-001 */
            platformId: string;
            /** @example 章贡区中小企业综合服务平台 */
            name: string;
            /**
             * @description the title conferred (Art. 11)
             * @example 赣州市市级中小企业公共服务示范平台
             */
            title: string;
            operator: components["schemas"]["CertificateOperatorDto"];
            county: components["schemas"]["CertificateCountyDto"];
            /**
             * @description service categories (Art. 5)
             * @example [
             *       "information",
             *       "training"
             *     ]
             */
            categories: string[];
            /** @example 2027 */
            cycleYear: number;
            /**
             * @description Asia/Shanghai calendar date
             * @example 2027-06-30
             */
            certifiedOn: string;
            validity: components["schemas"]["CertificateValidityDto"];
            decision: components["schemas"]["CertificateDecisionDto"];
        };
        CertificateSignatureDto: {
            /**
             * @example Ed25519
             * @enum {string}
             */
            algorithm: "Ed25519";
            /**
             * @description SHA-256 of the signing key (SPKI DER), hex: the fingerprint `certflow audit keys` prints
             * @example 657f6ba8623265e20b9809330ee021c66dd92106e076de140c2ff4e98edff574
             */
            keyId: string;
            /**
             * @description base64 Ed25519 signature of "certflow-certificate:v1\n" + the certificate as canonical JSON (keys sorted at every depth)
             * @example udgeiSfPM8t6...
             */
            value: string;
        };
        SignedCertificateDto: {
            certificate: components["schemas"]["PlatformCertificateDto"];
            signature: components["schemas"]["CertificateSignatureDto"];
            /**
             * @description SPKI PEM of the signing key, for convenience: check it against the keys the bureau published
             * @example -----BEGIN PUBLIC KEY-----
             *     ...
             */
            publicKey: string;
        };
        VerifyCertificateDto: {
            /** @description the certificate exactly as shown (GET /api/v1/registry/{platformId}/certificate) */
            certificate: components["schemas"]["PlatformCertificateDto"];
            signature: components["schemas"]["CertificateSignatureDto"];
            /** @description ignored: the certificate is checked against the keys this bureau published, never against a key that came with it */
            publicKey?: string;
        };
        CertificateCheckDto: {
            /** @enum {boolean} */
            valid: true;
            /** @example zg-hub-001 */
            platformId: string;
            /**
             * @description the platform's status now; the certificate holds through a recheck and an announced revocation, until the revocation itself
             * @example certified
             */
            status: string;
            /** @description SHA-256 of the signing key (SPKI DER), hex: the fingerprint `certflow audit keys` prints */
            keyId: string;
            /** @example 01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a */
            decisionEventId: string;
        };
        SetClockDto: {
            /**
             * Format: date-time
             * @description RFC 3339 instant with its offset
             * @example 2029-03-01T09:30:00+08:00
             */
            now: string;
        };
        ClockDto: {
            /**
             * Format: date-time
             * @description business time now
             * @example 2029-03-01T01:30:00.000Z
             */
            now: string;
            /**
             * Format: date-time
             * @description business time before the move
             * @example 2027-03-01T01:30:00.000Z
             */
            from: string;
            /**
             * @description global position of the recorded move (BusinessClockMoved)
             * @example 12
             */
            globalPosition: number;
        };
        DevSignInDto: {
            /**
             * @description who signs in
             * @example county
             * @enum {string}
             */
            role: "applicant" | "county" | "city" | "auditor";
            /**
             * @description the county bureau, for role county
             * @example 360702
             */
            county?: string;
            /**
             * @description the platform an applicant operates, for role applicant
             * @example gz-info-001
             */
            platformId?: string;
        };
        SignedInDto: {
            /** @description bearer token of the embedded key (HS256), 8 hours */
            token: string;
            /**
             * @example county
             * @enum {string}
             */
            role: "applicant" | "county" | "city" | "auditor";
            /** @example 360702 */
            county?: string;
            /** @example gz-info-001 */
            platformId?: string;
            /**
             * Format: date-time
             * @description when the token expires (real time)
             * @example 2027-03-01T09:30:00.000Z
             */
            expiresAt: string;
        };
        OidcSignInDto: {
            /**
             * @description the identity provider (OIDC discovery at its /.well-known/openid-configuration)
             * @example https://id.ganzhou.gov.cn/realms/gov
             */
            issuer: string;
            /**
             * @description the console's client id: a public client, authorization code with PKCE (S256)
             * @example certflow-console
             */
            clientId: string;
            /**
             * @description scopes to ask for, space-separated
             * @example openid
             */
            scopes: string;
            /**
             * @description RFC 8707 resource indicator to send on the authorization and token requests
             * @example certflow-gz
             */
            resource?: string;
        };
        SignInOptionsDto: {
            /** @description whether POST /api/v1/dev/sign-in is mounted (training and development servers only) */
            dev: boolean;
            /** @description sign-in through the provider; absent when no provider or no console client is configured */
            oidc?: components["schemas"]["OidcSignInDto"];
        };
        WhoAmIDto: {
            /**
             * @description the token's subject (the actor recorded on every decision)
             * @example zhanggong-desk
             */
            id: string;
            /**
             * @example county
             * @enum {string}
             */
            role: "applicant" | "county" | "city" | "auditor";
            /**
             * @description the county bureau, for role county
             * @example 360702
             */
            county?: string;
            /**
             * @description the platform operated, for role applicant
             * @example gz-info-001
             */
            platformId?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listErrors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorCodeDto"][];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    openCycle: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the cycle year, four digits, 2013 to 2100 */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCycleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `cycle.already-opened`, `cycle.not-opened`, `cycle.wrong-stage`, `cycle.ruleset-unavailable`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `cycle.unknown-ruleset`, `cycle.invalid-date`, `cycle.deadlines-out-of-order`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    closeApplicationWindow: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the cycle year, four digits, 2013 to 2100 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `cycle.already-opened`, `cycle.not-opened`, `cycle.wrong-stage`, `cycle.ruleset-unavailable`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `cycle.unknown-ruleset`, `cycle.invalid-date`, `cycle.deadlines-out-of-order`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    closeReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the cycle year, four digits, 2013 to 2100 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `cycle.already-opened`, `cycle.not-opened`, `cycle.wrong-stage`, `cycle.ruleset-unavailable`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `cycle.unknown-ruleset`, `cycle.invalid-date`, `cycle.deadlines-out-of-order`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    publishResults: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the cycle year, four digits, 2013 to 2100 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `cycle.already-opened`, `cycle.not-opened`, `cycle.wrong-stage`, `cycle.ruleset-unavailable`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `cycle.unknown-ruleset`, `cycle.invalid-date`, `cycle.deadlines-out-of-order`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCycle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the cycle year, four digits, 2013 to 2100 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleViewDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty); here also `resource.not-found: the cycle was never opened` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    returnForCorrection: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnForCorrectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    resubmitApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResubmitApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    withdrawApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    recommendPlatform: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendPlatformDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    declineToRecommend: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineToRecommendDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    certifyPlatform: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertifyPlatformDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    rejectApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query: {
                /** @description wait (up to 5 s) until the read models have applied this global position: the `globalPosition` a command answered */
                minPosition?: number;
                /** @description the cycle year (Art. 12) */
                cycle: number;
                /** @description a Ganzhou county-level code; a county bureau always gets its own county's, whatever it asks (Art. 8) */
                county?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationListDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    submitAnnualSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitAnnualSummaryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    openRecheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenRecheckDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    submitRecheckMaterials: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitRecheckMaterialsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    giveRecheckOpinion: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveRecheckOpinionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    confirmRecheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmRecheckDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    failRecheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FailRecheckDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    announceRevocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnounceRevocationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    revokeCertification: {
        parameters: {
            query?: never;
            header?: {
                /** @description repeat a request safely: the same key answers as the first time */
                "Idempotency-Key"?: string;
                /** @description ties the events of this command to what led to it (default: the command id) */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `application.invalid-date`, `application.establishment-date-out-of-range`, `application.figure-out-of-range`, `application.share-over-100`, `application.qualified-staff-over-staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`, `document.not-attachable`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `summary.not-yet-overdue`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`, `document.not-found`, `document.mismatch`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getPlatform: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformViewDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty); here also `resource.not-found: nothing was ever recorded for this platform, or it is not one the caller may read` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    uploadDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedDocumentDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `document.upload-malformed`, `document.upload-incomplete` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`); here also `document.too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`); here also `document.unsupported-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SHA-256 of the document, lower-case hex */
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the document, with its Content-Type and ETag (its SHA-256) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/ofd": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty); here also `resource.not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `document.store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    searchRegistry: {
        parameters: {
            query?: {
                status?: "certified" | "under-recheck" | "revocation-announced" | "revoked";
                category?: "information" | "technology" | "entrepreneurship" | "training" | "financing";
                /** @description wait (up to 5 s) until the read models have applied this global position: the `globalPosition` a command answered */
                minPosition?: number;
                page?: number;
                pageSize?: number;
                /** @description part of the platform's or operator's name */
                text?: string;
                /** @description a Ganzhou county-level division code */
                county?: string;
                /** @description certified in that cycle year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description send it back in If-None-Match to get a 304 while the registry is unchanged */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistryPageDto"];
                };
            };
            /** @description Not Modified: If-None-Match names the current page */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getRegistryEntry: {
        parameters: {
            query?: {
                /** @description wait until the read models have applied this global position */
                minPosition?: number;
            };
            header?: never;
            path: {
                platformId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistryEntryDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty); here also `resource.not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getReviewHistory: {
        parameters: {
            query?: {
                /** @description wait (up to 5 s) until the read models have applied this global position: the `globalPosition` a command answered */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit */
                platformId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewHistoryDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty); here also `resource.not-found: the platform never applied, or it is not one the caller may read` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    searchAuditTrail: {
        parameters: {
            query?: {
                /** @description wait (up to 5 s) until the read models have applied this global position: the `globalPosition` a command answered */
                minPosition?: number;
                page?: number;
                pageSize?: number;
                platformId?: string;
                actorId?: string;
                /** @description county of the platform concerned: a Ganzhou county-level code */
                county?: string;
                /** @description event type */
                type?: string;
                /** @description RFC 3339 with offset, inclusive, on business time (occurredAt) */
                from?: string;
                /** @description RFC 3339 with offset, inclusive, on business time (occurredAt) */
                to?: string;
                /** @description RFC 3339 with offset, inclusive, on recorded time (recordedAt: when the store wrote the event, always real time) */
                recordedFrom?: string;
                /** @description RFC 3339 with offset, inclusive, on recorded time (recordedAt: when the store wrote the event, always real time) */
                recordedTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailPageDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listDeadlines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlinesDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `deadlines.unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    replayStream: {
        parameters: {
            query?: {
                /** @description RFC 3339 with offset: the stream as the store held it at this recorded instant (inclusive, on recordedAt, never on business time) */
                asOf?: string;
                /** @description the stream as it stood at this version (not with asOf) */
                version?: number;
            };
            header?: never;
            path: {
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamReplayDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty); here also `resource.not-found: nothing was ever recorded on this stream` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    explainDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionExplanationDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty); here also `resource.not-found: no deciding event has this id` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    exportAuditTrail: {
        parameters: {
            query?: {
                /** @description wait (up to 5 s) until the read models have applied this global position: the `globalPosition` a command answered */
                minPosition?: number;
                /** @description one platform's trail */
                platformId?: string;
                /** @description a county's trail: the decisions on its platforms */
                county?: string;
                /** @description a cycle's trail (Art. 12): entries of that cycle year */
                cycle?: number;
                /** @description JSON Lines, or CSV (RFC 4180, UTF-8 with a byte order mark) */
                format?: "jsonl" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the export, as an attachment (Content-Disposition names the file) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/jsonl": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAuditReads: {
        parameters: {
            query?: {
                /** @description first Asia/Shanghai day, inclusive; default today */
                from?: string;
                /** @description last Asia/Shanghai day, inclusive; default `from`; at most 31 days after it */
                to?: string;
                /** @description the reader's token subject */
                subject?: string;
                role?: "applicant" | "county" | "city" | "auditor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditReadsDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getLogHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedTreeHeadDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty); here also `resource.not-found: no tree head has been signed yet` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getInclusionProof: {
        parameters: {
            query: {
                /** @description the event to prove */
                event: string;
                /** @description the tree to prove it in; default the latest signed head */
                treeSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProofDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty); here also `resource.not-found: the event is not in that tree (unknown, or not sealed yet), or no head is signed` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getConsistencyProof: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProofDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                platformId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedCertificateDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty); here also `certificate.not-certified` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `certificate.platform-revoked`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `certificate.unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    verifyCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateCheckDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found (`resource.not-found`; `route.not-found` when a path parameter is empty); here also `certificate.not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `certificate.platform-revoked`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `certificate.altered`, `certificate.unknown-key`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly; here also `certificate.unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    setSimulatedClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetClockDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    devSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInDto"];
                };
            };
            /** @description malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code); here also `token.invalid-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description body over the size limit (`request.too-large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    signInOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInOptionsDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    whoAmI: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhoAmIDto"];
                };
            };
            /** @description no valid bearer token (`auth.unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests; retry after the time in `Retry-After` (`request.rate-limited`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}

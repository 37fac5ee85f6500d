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
        /** Health: the event store and how far each read model lags behind the log */
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
         * @description Every decision with actor, role, county, time, inputs, rule evaluation, ruleset version, reasons, command and correlation ids. A county bureau reads its own county's decisions only (Art. 8): its work queue; the county filter is its own whatever it asks.
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
        HealthDto: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
            /** @description each read model; empty when the server runs without them */
            projections: components["schemas"]["ProjectionLagDto"][];
            store: components["schemas"]["StoreHealthDto"];
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
            /** @description the role or the binding of the token may not do this (`auth.role-not-allowed`, `auth.not-the-operator`, `auth.other-county`, `auth.county-only`, `auth.city-only`, `auth.read-only`) */
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
            /** @description refused in the current state (`concurrency.conflict` when the stream changed meanwhile, `application.already-active`, `application.cycle-closed`, `application.review-closed`, `recommendation.materials-missing`, `recommendation.criterion-failed`, `recommendation.override-needs-reason`, `cycle.ruleset-unavailable`, `certification.not-recommended`, `certification.criterion-failed`, `certification.override-needs-reason`, `platform.wrong-status`, `summary.already-submitted`, `recheck.not-due`, `recheck.cycle-not-open`, `recheck.materials-late`, `recheck.materials-not-yet-due`, `revocation.not-announced`, `revocation.notice-running`) */
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
            /** @description not acceptable under the measures or the protocol (`idempotency.key-reused`, `application.no-category`, `application.duplicate-category`, `application.unknown-material`, `application.county-changed`, `application.return-needs-reason`, `decision.reasons-required`, `decision.reviewers-required`, `certification.override-not-needed`, `recommendation.override-not-needed`, `summary.year-out-of-range`, `recheck.materials-missing`) */
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
}

import { Controller, Get, Inject, Optional, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { consistencyProof, EVENT_STORE, inclusionProof, leafHashes, rootOf, type EventStore } from '@certflow/event-store';
import { Public } from '../auth/auth.guard.js';
import { NotFoundError, RequestInvalidError } from '../problems/problems.js';
import { ApiProblems } from '../problems/problem.dto.js';
import { ConsistencyProofDto, ConsistencyQueryDto, InclusionProofDto, InclusionQueryDto, SignedTreeHeadDto } from './log.dto.js';

export const LOG_PUBLIC_KEY = Symbol.for('certflow.LogPublicKey');

/**
 * The log's signed tree heads and proofs, public as the registry is, so that anyone can keep
 * heads and later check that the log still extends them (RFC 9162 style).
 */
@ApiTags('log')
@Public()
@Controller('api/v1/log')
export class LogController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(LOG_PUBLIC_KEY) private readonly publicKey?: string,
  ) {}

  @Get('head')
  @ApiOperation({ operationId: 'getLogHead', summary: 'The latest signed tree head of the log 日志树头', description: 'Keep a copy: `certflow audit verify --against HEAD.json` proves the log still extends it.' })
  @ApiOkResponse({ type: SignedTreeHeadDto })
  @ApiProblems([404, 429], { 404: ['resource.not-found: no tree head has been signed yet'] })
  async head(): Promise<SignedTreeHeadDto> {
    const head = (await this.store.log.heads()).at(-1);
    if (!head) throw new NotFoundError('no tree head has been signed yet');
    return { ...head, ...(this.publicKey ? { publicKey: this.publicKey } : {}) };
  }

  @Get('proofs/inclusion')
  @ApiOperation({ operationId: 'getInclusionProof', summary: 'Proof that an event is in the log 包含性证明', description: 'RFC 9162 2.1.3: the audit path from the event\'s leaf to the root of a signed tree.' })
  @ApiOkResponse({ type: InclusionProofDto })
  @ApiProblems([400, 404, 429], { 404: ['resource.not-found: the event is not in that tree (unknown, or not sealed yet), or no head is signed'] })
  async inclusion(@Query() query: InclusionQueryDto): Promise<InclusionProofDto> {
    const treeSize = query.treeSize ?? (await this.store.log.heads()).at(-1)?.treeSize;
    if (treeSize === undefined) throw new NotFoundError('no tree head has been signed yet');
    const leaf = await this.store.log.leafOf(query.event);
    if (!leaf || leaf.index >= treeSize) throw new NotFoundError(`event ${query.event} in the tree of ${treeSize}`);
    const leaves = await this.leaves(treeSize);
    return { eventId: query.event.toLowerCase(), leafIndex: leaf.index, treeSize, leafHash: leaf.leafHash, rootHash: rootOf(leaves), auditPath: inclusionProof(leaves, leaf.index) };
  }

  @Get('proofs/consistency')
  @ApiOperation({ operationId: 'getConsistencyProof', summary: 'Proof that the log extends an earlier tree 一致性证明', description: 'RFC 9162 2.1.4: the tree of `to` events extends the tree of `from` events.' })
  @ApiOkResponse({ type: ConsistencyProofDto })
  @ApiProblems([400, 429])
  async consistency(@Query() query: ConsistencyQueryDto): Promise<ConsistencyProofDto> {
    if (query.from > query.to) throw new RequestInvalidError('from must not exceed to');
    const leaves = await this.leaves(query.to);
    return { from: query.from, to: query.to, fromRoot: rootOf(leaves, 0, query.from), toRoot: rootOf(leaves), proof: consistencyProof(leaves, query.from) };
  }

  private async leaves(size: number): Promise<string[]> {
    const current = await this.store.log.size();
    if (size > current) throw new RequestInvalidError(`the log's tree holds ${current} events, fewer than ${size}`);
    const leaves = await leafHashes(this.store.log, size);
    if (!leaves) throw new RequestInvalidError(`the log's tree is not whole up to ${size} (run certflow audit verify)`);
    return leaves;
  }
}

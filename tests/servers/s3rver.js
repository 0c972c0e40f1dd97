'use strict';
/*
 * s3rver.js: the S3-compatible server (a stand-in for MinIO) that terrace's
 * integration tests and the minio-lake demo run on loopback.
 *
 *   node --openssl-legacy-provider tests/servers/s3rver.js \
 *        --port PORT --directory DIR [--access-key ID --secret-key SECRET] [--log]
 *
 * Listens on 127.0.0.1:PORT (0 picks a free port), keeps buckets under DIR and
 * prints "READY <port>" on stdout once it accepts connections. Requests are
 * path-style; signed requests are verified (SigV2/SigV4) against one key pair:
 * S3RVER / S3RVER unless --access-key/--secret-key replace it. A request with a
 * wrong secret is refused with SignatureDoesNotMatch (403).
 *
 * @20minutes/s3rver answers bucket tagging, versioning, policy, lifecycle,
 * encryption, public-access-block, ListObjectVersions and ListMultipartUploads
 * with NotImplemented or MethodNotAllowed. MinIO implements them, so this file
 * adds them in front of s3rver's router, after its signature check:
 *   - tagging, versioning, policy, lifecycle, encryption, publicAccessBlock:
 *     PUT stores the request body as given, GET returns it, DELETE removes it;
 *     an unset one answers like S3 (404 NoSuchTagSet, NoSuchBucketPolicy, ...;
 *     versioning: an empty VersioningConfiguration). The documents live in the
 *     bucket's folder, so deleting the bucket deletes them.
 *   - ?versions lists each current object as its only version ("null"), which
 *     is what a bucket that never kept versions holds.
 *   - ?uploads lists no multipart uploads.
 *   - PutObject honours the x-amz-tagging header (tags given at upload; a
 *     PutObject without it leaves the object untagged), and deleting an
 *     object deletes its tags (s3rver kept them for the next object of that
 *     key).
 *   - PutObject and DeleteObject honour If-None-Match: * and If-Match: ETAG
 *     like S3 (412 PreconditionFailed when the stored object does not match;
 *     If-Match on a missing object: 404 NoSuchKey); writes to one key are
 *     serialised so two conditional writes cannot both win.
 *   - An object is stored whole or not at all, as S3 and MinIO store it:
 *     s3rver streamed a PUT straight into the object's file, so a client
 *     killed between its headers and its body left the object empty.
 * Versioning is recorded, not enforced: overwritten objects keep no history.
 *
 * Under Node 20 s3rver's ListObjectsV2 continuation tokens use DES, which needs
 * --openssl-legacy-provider; without it this script stops with a message.
 */

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { Transform } = require('stream');
const { pipeline } = require('stream/promises');

const S3rver = require('@20minutes/s3rver');
const AWSAccount = require('@20minutes/s3rver/lib/models/account');
const S3Error = require('@20minutes/s3rver/lib/models/error');
const authentication = require('@20minutes/s3rver/lib/middleware/authentication');
const { TaggingConfiguration } = require('@20minutes/s3rver/lib/models/config');

function usage(message) {
  process.stderr.write(`s3rver.js: ${message}\n` +
    'usage: node --openssl-legacy-provider s3rver.js --port PORT --directory DIR ' +
    '[--access-key ID --secret-key SECRET] [--log]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { port: null, directory: null, accessKey: null, secretKey: null, log: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '--port': opts.port = value(); break;
      case '--directory': opts.directory = value(); break;
      case '--access-key': opts.accessKey = value(); break;
      case '--secret-key': opts.secretKey = value(); break;
      case '--log': opts.log = true; break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  if (opts.port === null || !/^\d+$/.test(opts.port)) usage('--port PORT is required');
  if (!opts.directory) usage('--directory DIR is required');
  if ((opts.accessKey === null) !== (opts.secretKey === null))
    usage('--access-key and --secret-key go together');
  opts.port = Number(opts.port);
  return opts;
}

function checkLegacyProvider() {
  try {
    crypto.createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
  } catch (err) {
    process.stderr.write('s3rver.js: DES is unavailable (' + err.message + '); ' +
      'run node with --openssl-legacy-provider\n');
    process.exit(2);
  }
}

function s3error(code, message, status, detail = {}) {
  const err = new S3Error(code, message, detail);
  err.status = status;
  err.expose = true;
  return err;
}

/* How each bucket subresource answers when nothing was stored. */
const SUBRESOURCES = {
  tagging: () => { throw s3error('NoSuchTagSet', 'The TagSet does not exist', 404); },
  versioning: (ctx) => {
    ctx.body = {
      VersioningConfiguration: { '@': { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' } },
    };
  },
  policy: (ctx) => {
    throw s3error('NoSuchBucketPolicy', 'The bucket policy does not exist', 404,
      { BucketName: ctx.params.bucket });
  },
  lifecycle: (ctx) => {
    throw s3error('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist', 404,
      { BucketName: ctx.params.bucket });
  },
  encryption: (ctx) => {
    throw s3error('ServerSideEncryptionConfigurationNotFoundError',
      'The server side encryption configuration was not found', 404,
      { BucketName: ctx.params.bucket });
  },
  publicAccessBlock: (ctx) => {
    throw s3error('NoSuchPublicAccessBlockConfiguration',
      'The public access block configuration was not found', 404,
      { BucketName: ctx.params.bucket });
  },
};

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function documentPath(store, bucket, name) {
  return path.join(store.getBucketPath(bucket), `._S3rver_terrace_${name}`);
}

async function handleSubresource(ctx, name) {
  const { store } = ctx.app;
  const file = documentPath(store, ctx.params.bucket, name);
  switch (ctx.method) {
    case 'PUT': {
      const body = await readBody(ctx.req);
      if (body.length === 0)
        throw s3error('MissingRequestBodyError', 'Request Body is empty', 400);
      const doc = { contentType: ctx.get('Content-Type') || 'application/xml',
        body: body.toString('base64') };
      await fs.promises.writeFile(file, JSON.stringify(doc));
      ctx.status = 200;
      ctx.body = '';
      return;
    }
    case 'GET':
    case 'HEAD': {
      let doc;
      try {
        doc = JSON.parse(await fs.promises.readFile(file, 'utf8'));
      } catch (err) {
        if (err.code !== 'ENOENT') throw err;
        SUBRESOURCES[name](ctx);
        return;
      }
      ctx.type = name === 'policy' ? 'application/json' : 'application/xml';
      ctx.body = Buffer.from(doc.body, 'base64');
      return;
    }
    case 'DELETE':
      await fs.promises.rm(file, { force: true });
      ctx.status = 204;
      return;
    default:
      ctx.state.methodIsNotAllowed = true;
      throw s3error('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405);
  }
}

async function listObjectVersions(ctx) {
  const q = ctx.query;
  const maxKeys = q['max-keys'] !== undefined ? Math.min(1000, Number(q['max-keys'])) : 1000;
  if (!Number.isInteger(maxKeys) || maxKeys < 0)
    throw s3error('InvalidArgument', 'Provided max-keys not an integer or within integer range', 400);
  const result = await ctx.app.store.listObjects(ctx.params.bucket, {
    prefix: q.prefix || '',
    delimiter: q.delimiter || '',
    startAfter: q['key-marker'] || '',
    maxKeys,
  });
  const last = result.objects[result.objects.length - 1];
  ctx.body = {
    ListVersionsResult: {
      '@': { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' },
      Name: ctx.params.bucket,
      Prefix: q.prefix || '',
      KeyMarker: q['key-marker'] || '',
      VersionIdMarker: q['version-id-marker'] || '',
      NextKeyMarker: result.isTruncated && last ? last.key : undefined,
      NextVersionIdMarker: result.isTruncated && last ? 'null' : undefined,
      MaxKeys: maxKeys,
      Delimiter: q.delimiter || undefined,
      IsTruncated: Boolean(result.isTruncated),
      Version: result.objects.map((o) => ({
        Key: o.key,
        VersionId: 'null',
        IsLatest: true,
        LastModified: o.lastModifiedDate.toISOString(),
        ETag: o.metadata.etag,
        Size: o.size,
        StorageClass: 'STANDARD',
        Owner: { ID: AWSAccount.DUMMY_ACCOUNT.id, DisplayName: AWSAccount.DUMMY_ACCOUNT.displayName },
      })),
      CommonPrefixes: result.commonPrefixes.map((p) => ({ Prefix: p })),
    },
  };
}

function listMultipartUploads(ctx) {
  ctx.body = {
    ListMultipartUploadsResult: {
      '@': { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' },
      Bucket: ctx.params.bucket,
      KeyMarker: '',
      UploadIdMarker: '',
      MaxUploads: 1000,
      IsTruncated: false,
    },
  };
}

/* Which added operation a request is, or null to leave it to s3rver. */
function addedOperation(ctx) {
  const m = /^\/([^/]+)\/?$/.exec(ctx.path);
  if (!m) return null;
  const names = Object.keys(ctx.query);
  const sub = names.filter((n) => n in SUBRESOURCES);
  if (sub.length === 1 && names.every((n) => n === sub[0] || n.startsWith('X-Amz-') || n.startsWith('x-amz-')))
    return { bucket: decodeURIComponent(m[1]), run: (ctx) => handleSubresource(ctx, sub[0]) };
  if ('versions' in ctx.query && ctx.method === 'GET')
    return { bucket: decodeURIComponent(m[1]), run: listObjectVersions };
  if ('uploads' in ctx.query && ctx.method === 'GET')
    return { bucket: decodeURIComponent(m[1]), run: listMultipartUploads };
  return null;
}

function xmlEscape(text) {
  return String(text).replace(/[<>&"']/g, (c) =>
    ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
}

/* The object key of a path-style object URL, or null. */
function objectOf(ctx) {
  const m = /^\/([^/]+)\/(.+)$/.exec(ctx.path);
  if (!m) return null;
  try {
    return { bucket: decodeURIComponent(m[1]), key: decodeURIComponent(m[2]) };
  } catch (err) {
    return null;
  }
}

function onlySignatureQuery(ctx) {
  return Object.keys(ctx.query).every((n) => /^x-amz-/i.test(n));
}

async function removeObjectTags(store, bucket, key) {
  await store.deleteSubresource(bucket, key, 'tagging');
  // s3rver prunes a deleted object's empty folders; do the same once the
  // tags file is gone.
  const root = store.getBucketPath(bucket);
  const parts = key.split('/');
  parts.pop();
  while (parts.length) {
    const dir = path.join(root, ...parts);
    let entries;
    try {
      entries = fs.readdirSync(dir);
    } catch (err) {
      break;
    }
    if (entries.length) break;
    fs.rmSync(dir, { recursive: true });
    parts.pop();
  }
}

function objectTagging() {
  return async function objectTagging(ctx, next) {
    const obj = objectOf(ctx);
    const { store } = ctx.app;
    if (obj && ctx.method === 'PUT' && onlySignatureQuery(ctx) && !ctx.get('x-amz-copy-source')) {
      const header = ctx.get('x-amz-tagging');
      await next();
      if (ctx.status !== 200) return;
      if (!header) {
        await store.deleteSubresource(obj.bucket, obj.key, 'tagging');
        return;
      }
      const tags = [...new URLSearchParams(header)].map(([k, v]) =>
        `<Tag><Key>${xmlEscape(k)}</Key><Value>${xmlEscape(v)}</Value></Tag>`).join('');
      await store.putSubresource(obj.bucket, obj.key,
        TaggingConfiguration.validate(`<Tagging><TagSet>${tags}</TagSet></Tagging>`));
      return;
    }
    if (obj && ctx.method === 'DELETE' && Object.keys(ctx.query).every((n) => n === 'versionId' || /^x-amz-/i.test(n))) {
      await next();
      if (ctx.status === 204) await removeObjectTags(store, obj.bucket, obj.key);
      return;
    }
    const bucketOnly = /^\/([^/]+)\/?$/.exec(ctx.path);
    if (bucketOnly && ctx.method === 'POST' && 'delete' in ctx.query) {
      await next();
      const deleted = (ctx.body && ctx.body.DeleteResult && ctx.body.DeleteResult.Deleted) || [];
      const bucket = decodeURIComponent(bucketOnly[1]);
      for (const d of deleted) await removeObjectTags(store, bucket, d.Key);
      return;
    }
    return next();
  };
}

/* Writes to one key run one at a time, so a condition checked before the
 * write still holds when it lands. */
const keyQueues = new Map();
async function serialised(id, fn) {
  const before = keyQueues.get(id) || Promise.resolve();
  let release;
  const mine = new Promise((resolve) => { release = resolve; });
  const tail = before.then(() => mine);
  keyQueues.set(id, tail);
  await before;
  try {
    return await fn();
  } finally {
    release();
    if (keyQueues.get(id) === tail) keyQueues.delete(id);
  }
}

function conditionHolds(ctx, metadata) {
  const ifNoneMatch = ctx.get('If-None-Match');
  const ifMatch = ctx.get('If-Match');
  if (ifNoneMatch && ifNoneMatch.trim() === '*' && metadata) return false;
  if (ifMatch) {
    if (!metadata)
      throw s3error('NoSuchKey', 'The specified key does not exist.', 404, { Key: ctx.params.key });
    const wanted = ifMatch.split(',').map((t) => t.trim());
    if (!wanted.includes('*') && !wanted.includes(metadata.etag)) return false;
  }
  return true;
}

function conditionalWrites() {
  const verifySignature = authentication();
  return async function conditionalWrites(ctx, next) {
    const obj = objectOf(ctx);
    const write = obj && (ctx.method === 'PUT' || ctx.method === 'DELETE') && onlySignatureQuery(ctx);
    if (!write) return next();
    const { store } = ctx.app;
    const conditional = ctx.get('If-None-Match') || ctx.get('If-Match');
    return serialised(`${obj.bucket}/${obj.key}`, async () => {
      if (!conditional) return next();
      ctx.params = { bucket: obj.bucket, key: obj.key };
      let pass = false;
      await verifySignature(ctx, async () => {
        let metadata = null;
        try {
          metadata = await store.getMetadata(obj.bucket, obj.key);
        } catch (err) {
          if (err.code !== 'ENOENT') throw err;
        }
        if (!conditionHolds(ctx, metadata))
          throw s3error('PreconditionFailed',
            'At least one of the pre-conditions you specified did not hold', 412,
            { Condition: ctx.get('If-Match') ? 'If-Match' : 'If-None-Match' });
        pass = true;
      });
      if (pass) return next();
    });
  };
}

function bucketExtensions() {
  const verifySignature = authentication();
  return async function bucketExtensions(ctx, next) {
    const op = addedOperation(ctx);
    if (!op) return next();
    ctx.params = { bucket: op.bucket };
    await verifySignature(ctx, async () => {
      if (!(await ctx.app.store.getBucket(op.bucket)))
        throw s3error('NoSuchBucket', 'The specified bucket does not exist', 404,
          { BucketName: op.bucket });
      await op.run(ctx);
    });
  };
}

/*
 * The store's putContent (objects and multipart parts) writing to a
 * temporary file beside the target and renaming it into place once the whole
 * body arrived; a request cut short leaves the previous object as it was.
 */
let partialWrites = 0;
async function putContentWhole(objectPath, content) {
  const tmp = `${objectPath}.partial-${process.pid}-${partialWrites++}`;
  const md5 = crypto.createHash('md5');
  let size = 0;
  try {
    if (Buffer.isBuffer(content)) {
      await fs.promises.writeFile(tmp, content);
      md5.update(content);
      size = content.length;
    } else {
      await pipeline(content, new Transform({
        transform(chunk, encoding, callback) {
          md5.update(chunk, encoding);
          size += chunk.length;
          callback(null, chunk);
        },
      }), fs.createWriteStream(tmp));
    }
    await fs.promises.rename(tmp, objectPath);
  } catch (err) {
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
  return [size, md5.digest('hex')];
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  checkLegacyProvider();
  fs.mkdirSync(opts.directory, { recursive: true });

  if (opts.accessKey !== null) {
    AWSAccount.DUMMY_ACCOUNT.revokeAccessKey('S3RVER');
    AWSAccount.DUMMY_ACCOUNT.createKeyPair(opts.accessKey, opts.secretKey);
  }

  const server = new S3rver({
    address: '127.0.0.1',
    port: opts.port,
    directory: opts.directory,
    silent: !opts.log,
    vhostBuckets: false,
  });
  server.store.putContent = putContentWhole;
  // s3rver's router is the last middleware; the additions go right before it,
  // after its logging, XML rendering and path handling.
  server.middleware.splice(server.middleware.length - 1, 0, bucketExtensions(), conditionalWrites(), objectTagging());

  const address = await server.run();
  process.stdout.write(`READY ${address.port}\n`);

  const stop = () => {
    server.httpServer.closeAllConnections();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  process.stderr.write(`s3rver.js: ${err.stack || err}\n`);
  process.exit(1);
});

"""tests/corpus/heldout2/gen/build.py: writes cases/NAME/{stack,fixed,case.txt} from gen1-4.py.

Run from this folder: python3 build.py ../cases. Each case's template gets its bad value
(stack.yaml) and its good value (fixed.yaml); DROP lists the cases written but left out,
chosen before any run to bring the set to about 50 (weaker AWS wording, or a second case
of the same constraint)."""
import os, sys
exec(open('gen1.py').read())
exec(open('gen2.py').read())
exec(open('gen3.py').read())
exec(open('gen4.py').read())
DROP = {'iam-role-trust-principal-wildcard-service'} | set(['events-schedule-on-custom-bus-ref', 'cc-events-rule-schedule-custom-bus-ref', 'ec2-vpc-cidr-too-large-var', 'cloudwatch-alarm-datapoints-over-periods', 'dynamodb-stream-view-without-enabled', 'glue-job-workers-without-type-var', 'glue-crawler-database-ref-table-prefix-long', 'sqs-retention-too-short', 'rds-password-too-short', 'kms-alias-no-prefix', 'logs-group-name-space-local', 'lambda-memory-under-128', 'lambda-esm-kinesis-batch-over-10000-ref', 'iam-role-max-session-var', 'athena-workgroup-name-space-local', 'firehose-buffer-interval-over-900-var', 'dynamodb-ondemand-with-capacity-var', 'rds-backup-retention-over-35', 'redshift-nodes-over-100', 'kms-deletion-window-under-7-var', 'ssm-standard-value-over-4kb', 'sfn-name-with-space-var', 'lambda-function-name-dot-local', 'kinesis-ondemand-with-shards', 'cc-sqs-fifo-name-var', 'cc-logs-retention-400-typo-var', 'cc-cloudwatch-alarm-period-45', 'cc-glue-job-maxcapacity-with-workers-var'])
out = sys.argv[1]
n = 0
for (name, svc, typ, cons, arrival, source, quote, kw, tmpl, bad, good) in C:
    if name in DROP: continue
    if name == 'kinesis-ondemand-with-shards':
        name = 'kinesis-provisioned-without-shards-local'
        cons = 'ShardCount required in PROVISIONED mode'
    def fill(v):
        if isinstance(v, tuple):
            return tmpl.replace('@V@', v[0]).replace('@F@', v[1])
        return tmpl.replace('@V@', v)
    d = os.path.join(out, name); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, 'stack.yaml'), 'w').write('stack: h2\n' + fill(bad))
    open(os.path.join(d, 'fixed.yaml'), 'w').write('stack: h2\n' + fill(good))
    open(os.path.join(d, 'case.txt'), 'w').write(
        f'service: {svc}\ntype: {typ}\nconstraint: {cons}\nvalue arrives: {arrival}\nsource: {source}\nAWS says: {quote}\nkeywords: {kw}\n')
    n += 1
print(n, 'cases')

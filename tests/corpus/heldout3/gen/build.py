"""tests/corpus/heldout3/gen/build.py: writes cases/NAME/{stack.yaml,fixed.yaml,case.txt} from gen1-3.py.

Run from this folder: python3 build.py ../cases. Each case's template gets its bad value
(stack.yaml) and its good value (fixed.yaml). DROP lists the cases written but left out, with
the reason for each, chosen before the first measure (no case is dropped or changed for its
verdict)."""
import os, shutil, sys
for g in ('gen1.py', 'gen2.py', 'gen3.py'):
    if os.path.exists(g):
        exec(open(g).read())
DROP = {
    # written, then left out before the first measure (no terrace run of a stack.yaml had been
    # read for these decisions), to bring 90 written cases to about 55 with about a third awscc:
    'ecs-container-memory-over-task-var': "AWS's wording of the rule was not found in a model or schema (only my memory of the error)",
    'scheduler-timezone-not-iana-var': "the model's words do not state the constraint (only 'the timezone in which ... is evaluated')",
    'ec2-sg-rule-ports-reversed-var': "the error text is from memory; the model does not say FromPort <= ToPort",
    'glue-job-command-name-spark-var': "not sure Glue refuses an unknown command name at CreateJob rather than at run",
    'kinesis-kms-without-key-local': "the model's KeyId text does not say it is required with KMS (weaker wording)",
    'firehose-buffer-size-over-128-var': "a plain numeric range; the set keeps a few of those (glue timeout, redshift port)",
    'sqs-receive-wait-over-20-var': "a plain numeric range, and heldout2 holds an SQS range (visibility timeout)",
    'lambda-esm-batching-window-over-300-var': "a plain numeric range; Lambda already has four cases",
    'ec2-nacl-rule-number-over-32766-var': "a plain numeric range; EC2/VPC already has three cases",
    'batch-jobdef-timeout-under-60-var': "a plain numeric range; Batch keeps its Fargate case",
    'ec2-subnet-prefix-29-local': "a plain numeric range; EC2/VPC keeps the endpoint and route cases",
    'cloudwatch-alarm-operator-invalid-var': "a plain enum; the set keeps other enums (cc usage plan period, cc viewer protocol)",
    'events-rule-state-lowercase-var': "a second plain enum in lower case (sfn-type-lowercase-var is the same kind)",
    'sfn-type-lowercase-var': "a plain enum in lower case; Step Functions keeps its definition cases",
    'dynamodb-table-name-space-var': "a second case of a name pattern (a forbidden character by a variable)",
    'kinesis-name-slash-var': "a third case of a name pattern",
    'secret-name-space-var': "a fourth case of a name pattern",
    'iam-user-name-space-var': "a fifth case of a name pattern (ecr-repository-name-uppercase-var kept)",
    'ecs-family-with-colon-var': "a sixth case of a name pattern",
    'sns-content-dedup-standard-topic-local': "a second case of 'a FIFO-only attribute on a standard one' (the SQS one kept)",
    'rds-master-username-starts-digit-local': "a second RDS identifier-character rule (rds-db-name-hyphen-local kept)",
    'redshift-identifier-trailing-hyphen-local': "close to heldout's rds-identifier-double-hyphen constraint",
    'lambda-two-architectures-local': "a list length; Lambda already has four cases",
    'cc-sqs-dedup-scope-on-standard-local': "a third case of 'a FIFO-only attribute on a standard one'",
    'cc-elasticache-redis-three-nodes-var': "a second ElastiCache node-count rule (the failover one kept)",
    'cc-elbv2-tg-name-over-32-local': "a second name-length case (s3-bucket-name-over-63-local kept)",
    'cc-cognito-password-min-5-var': "a plain numeric range; Cognito keeps two cases",
    'cc-appconfig-growth-over-100-var': "a plain numeric range; AppConfig keeps its location case",
    'cc-lambda-ephemeral-over-10240-var': "a plain numeric range",
    'cc-rds-aurora-retention-zero-var': "the same constraint family as heldout2's cc-rds-backup-retention-36-var",
    'cc-cloudfront-cache-default-over-max-var': "the error wording (DefaultTTL <= MaxTTL) is from memory, not the model",
    'cc-cognito-access-token-over-day-var': "the model gives only max 86400 seconds, the hour units are mine: weaker wording",
}
out = sys.argv[1]
names = [c[0] for c in C]
assert len(names) == len(set(names)), 'duplicate case names'
assert set(DROP) <= set(names), set(DROP) - set(names)
if os.path.isdir(out):
    shutil.rmtree(out)
n = 0
for (name, svc, typ, cons, arrival, source, quote, kw, tmpl, bad, good) in C:
    if name in DROP:
        continue
    def fill(v):
        if isinstance(v, tuple):
            return tmpl.replace('@V@', v[0]).replace('@F@', v[1])
        return tmpl.replace('@V@', v)
    d = os.path.join(out, name)
    os.makedirs(d)
    open(os.path.join(d, 'stack.yaml'), 'w').write('stack: h3\n' + fill(bad))
    open(os.path.join(d, 'fixed.yaml'), 'w').write('stack: h3\n' + fill(good))
    open(os.path.join(d, 'case.txt'), 'w').write(
        f'service: {svc}\ntype: {typ}\nconstraint: {cons}\nvalue arrives: {arrival}\nsource: {source}\nAWS says: {quote}\nkeywords: {kw}\n')
    n += 1
print(n, 'cases')

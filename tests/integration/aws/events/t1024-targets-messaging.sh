#!/usr/bin/env bash
# t1024-targets-messaging: EventBridge rules and Scheduler schedules that
# send to a FIFO queue and publish to a topic, against moto. validate
# refuses a rule's FIFO queue target without sqs_parameters (EventBridge's
# PutTargets refuses it) and warns, with the positions of both resources,
# where a delivery would fail at run time (a schedule's FIFO target without
# a message group, a queue without content-based deduplication, a queue
# policy that does not let EventBridge send, a schedule role that may not
# send); a rule and a schedule with their message group applied and read
# back with the AWS CLI (SqsParameters), planned again as no change, the
# group changed in place, and destroyed. run.sh's contract check holds the
# requests against the EventBridge and Scheduler models.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# the_stack: GROUP the message group of both (default nightly)
the_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  runs:
	    type: aws.sqs.queue
	    name: t1024-runs.fifo
	    fifo_queue: true
	    content_based_deduplication: true
	    policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: events.amazonaws.com},
	                   Action: "sqs:SendMessage", Resource: "*"}]
	  alerts:
	    type: aws.sns.topic
	    name: t1024-alerts
	    policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: events.amazonaws.com},
	                   Action: "sns:Publish", Resource: "*"}]
	  sender:
	    type: aws.iam.role
	    name: t1024-sender
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: scheduler.amazonaws.com},
	                   Action: "sts:AssumeRole"}]
	    inline_policies:
	      send:
	        Version: "2012-10-17"
	        Statement: [{Effect: Allow, Action: ["sqs:SendMessage", "sns:Publish"],
	                     Resource: ["\${runs.arn}", "\${alerts.arn}"]}]
	  on_failure:
	    type: aws.events.rule
	    name: t1024-on-failure
	    event_pattern: {source: [aws.states], detail-type: [Step Functions Execution Status Change]}
	    targets:
	      - {id: runs, arn: "\${runs.arn}", sqs_parameters: {message_group_id: ${GROUP:-nightly}}}
	      - {id: alerts, arn: "\${alerts.arn}"}
	  nightly:
	    type: aws.scheduler.schedule
	    name: t1024-nightly
	    schedule_expression: cron(0 3 * * ? *)
	    flexible_time_window: {mode: "OFF"}
	    target:
	      arn: \${runs.arn}
	      role_arn: \${sender.arn}
	      input: '{"run": "nightly"}'
	      sqs_parameters: {message_group_id: ${GROUP:-nightly}}
	  digest:
	    type: aws.scheduler.schedule
	    name: t1024-digest
	    schedule_expression: rate(1 day)
	    flexible_time_window: {mode: "OFF"}
	    target: {arn: "\${alerts.arn}", role_arn: "\${sender.arn}"}
	YAML
}

test_expect_success 'validate: a rule'"'"'s FIFO target without its message group refused, run-time failures warned' '
	mkdir bad &&
	write_stack bad/bad.yaml &&
	cat >>bad/bad.yaml <<-\YAML &&
	resources:
	  q: {type: aws.sqs.queue, name: q.fifo, fifo_queue: true}
	  t: {type: aws.sns.topic, name: t}
	  role: {type: aws.iam.role, name: r, assume_role_policy: {Version: "2012-10-17",
	         Statement: [{Effect: Allow, Principal: {Service: scheduler.amazonaws.com},
	                      Action: "sts:AssumeRole"}]}}
	  r: {type: aws.events.rule, name: r, schedule_expression: rate(1 hour),
	      targets: [{id: q, arn: "${q.arn}"}, {id: t, arn: "${t.arn}"}]}
	  s: {type: aws.scheduler.schedule, name: s, schedule_expression: rate(1 hour),
	      flexible_time_window: {mode: "OFF"}, target: {arn: "${q.arn}", role_arn: "${role.arn}"}}
	YAML
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: error: resource \"r\" .*targets: the target is FIFO queue q, which takes messages of a group only: set sqs_parameters.*Parameter\(s\) SqsParameters must be specified" &&
	test_match err "resource \"q\" name is at .*bad.yaml:[0-9]+:[0-9]+" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: warning: resource \"r\" .*queue q of the stack does not let EventBridge deliver" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: warning: resource \"r\" .*topic t of the stack does not let EventBridge deliver" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: warning: resource \"r\" .*FIFO queue q has no content_based_deduplication" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: warning: resource \"s\" .*target: the target is FIFO queue q.*Scheduler sends without one" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: warning: resource \"s\" .*no policy the stack writes for role \"role\" allows sqs:SendMessage on queue q"
'

test_expect_success 'a rule and schedules sending to a FIFO queue and a topic: applied, read back, no change' '
	the_stack &&
	terrace validate >out 2>err &&
	test_not_contains err "warning" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	s3 events list-targets-by-rule --rule t1024-on-failure --output json >targets.json &&
	test_equal "runs nightly" "$(json_get targets.json "\" \".join(t[\"Id\"] + \" \" + t[\"SqsParameters\"][\"MessageGroupId\"] for t in d[\"Targets\"] if \"SqsParameters\" in t)")" &&
	test_equal "arn:aws:sqs:us-east-1:123456789012:t1024-runs.fifo arn:aws:sns:us-east-1:123456789012:t1024-alerts" \
		"$(json_get targets.json "\" \".join(t[\"Arn\"] for t in sorted(d[\"Targets\"], key=lambda t: t[\"Id\"], reverse=True))")" &&
	test_equal nightly "$(s3 scheduler get-schedule --name t1024-nightly --query Target.SqsParameters.MessageGroupId --output text)" &&
	test_equal None "$(s3 scheduler get-schedule --name t1024-digest --query Target.SqsParameters --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new message group is a change in place of the rule and the schedule' '
	GROUP=hourly the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_equal hourly "$(s3 scheduler get-schedule --name t1024-nightly --query Target.SqsParameters.MessageGroupId --output text)" &&
	test_equal hourly "$(s3 events list-targets-by-rule --rule t1024-on-failure --query "Targets[?Id==\`runs\`].SqsParameters.MessageGroupId" --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy deletes them' '
	GROUP=hourly the_stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 6 destroyed." &&
	test_equal 0 "$(s3 scheduler list-schedules --query "length(Schedules)")"
'

test_done

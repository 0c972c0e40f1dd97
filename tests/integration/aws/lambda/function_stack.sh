# tests/integration/aws/lambda/function_stack.sh: the stack of one Lambda
# function from folder fn/ holding a password, which t0250, t1400 and t1601
# write, once. Sourced after lib.sh:
#
#   function_stack [NAME]      stack.yaml: write_stack's header with the
#                              variables db_password (sensitive) and
#                              role_arn, "resources:" and, given NAME, the
#                              function ingest named NAME (python3.12,
#                              main.handler, the role, source fn); the caller
#                              appends its other attributes (four spaces in)
#                              and what follows
#   function_env STAGE         the function's environment: DB_PASSWORD from
#                              the variable, STAGE
function_stack () {
	write_stack stack.yaml '  db_password: {type: string, sensitive: true}
  role_arn: {type: string}' &&
	echo 'resources:' >>stack.yaml &&
	if test -n "${1:-}"; then
		cat >>stack.yaml <<-YAML
		  ingest:
		    type: aws.lambda.function
		    function_name: $1
		    runtime: python3.12
		    handler: main.handler
		    role: \${var.role_arn}
		    source: fn
		YAML
	fi
}

function_env () {
	cat >>stack.yaml <<-YAML
	    environment:
	      DB_PASSWORD: "\${var.db_password}"
	      STAGE: $1
	YAML
}

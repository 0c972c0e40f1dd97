# bench/stack.sh: what the benchmarks' generated stacks share.
#
#   bench_stack_head NAME   prints the top of a stack named NAME whose aws
#                           provider reaches moto through the variables
#                           endpoint, access_key and secret_key (the
#                           benchmarks set them as TERRACE_VAR_*), up to and
#                           including the "resources:" line.
bench_stack_head () {
	echo "stack: $1"
	cat <<-'EOF'
	variables:
	  endpoint: {type: string}
	  access_key: {type: string}
	  secret_key: {type: string, sensitive: true}
	providers:
	  aws:
	    region: us-east-1
	    endpoint: ${var.endpoint}
	    path_style: true
	    access_key: ${var.access_key}
	    secret_key: ${var.secret_key}
	resources:
	EOF
}

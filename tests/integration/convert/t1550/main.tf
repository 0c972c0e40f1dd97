# A configuration calling a module of its own folder and one of the registry,
# referring to both in every position (t1550-convert-terraform-modules).
module "net" {
  source = "./net"
  cidr   = "10.0.0.0/16"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
}

resource "aws_sqs_queue" "jobs" {
  name       = "jobs-${module.net.vpc_id}"
  depends_on = [module.net]
}

resource "aws_sqs_queue" "late" {
  name       = "late"
  depends_on = [module.vpc]
}

locals {
  subnets = [for s in module.vpc.private_subnets : upper(s)]
  calls   = [for k, m in module.net : k]
}

output "vpc" {
  value = module.vpc.vpc_id
}

module "acct" {
  source = "./acct"
}

output "acct_role" {
  value = module.acct.role_name
}

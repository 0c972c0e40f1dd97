# A registry module `terraform init` fetched (.terraform/modules/modules.json
# names its folder), beside one it did not: t1550's last steps.
module "queue" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "~> 5.0"

  name = "jobs"
}

module "topic" {
  source = "terraform-aws-modules/sns/aws"
}

resource "aws_sqs_queue" "dead" {
  name = "${module.queue.queue_name}-dead"
}

output "topic_arn" {
  value = module.topic.topic_arn
}

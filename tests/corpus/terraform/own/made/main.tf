# What Terraform made (t1242 makes the same objects on moto and writes
# Terraform's state of them): convert -existing imports them.
resource "aws_s3_bucket" "logs" {
  bucket = "tf-made-logs"
}

resource "awscc_sqs_queue" "events" {
  count      = 2
  queue_name = "tf-made-events-${count.index}"
}

resource "awscc_sns_topic" "app" {
  topic_name   = "tf-made-app"
  display_name = "made by Terraform"
}

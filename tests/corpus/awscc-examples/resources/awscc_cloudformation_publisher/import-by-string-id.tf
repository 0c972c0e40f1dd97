import {
  to = awscc_cloudformation_publisher.example
  id = "publisher_id"
}
import {
  to = awscc_cloudformation_publisher.example
  identity = {
    publisher_id = "publisher_id"
  }
}

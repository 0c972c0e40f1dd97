import {
  to = awscc_ec2_vpc_endpoint_connection_notification.example
  identity = {
    vpc_endpoint_connection_notification_id = "vpc_endpoint_connection_notification_id"
  }
}

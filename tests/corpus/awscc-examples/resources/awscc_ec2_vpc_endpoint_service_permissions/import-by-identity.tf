import {
  to = awscc_ec2_vpc_endpoint_service_permissions.example
  identity = {
    service_id = "service_id"
  }
}

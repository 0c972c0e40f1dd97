import {
  to = awscc_ec2_vpc_endpoint_service_permissions.example
  id = "service_id"
}
import {
  to = awscc_ec2_vpc_endpoint_service.example
  id = "service_id"
}
import {
  to = awscc_ec2_vpc_endpoint_service.example
  identity = {
    service_id = "service_id"
  }
}

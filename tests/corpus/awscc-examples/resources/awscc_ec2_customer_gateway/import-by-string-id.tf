import {
  to = awscc_ec2_customer_gateway.example
  id = "customer_gateway_id"
}
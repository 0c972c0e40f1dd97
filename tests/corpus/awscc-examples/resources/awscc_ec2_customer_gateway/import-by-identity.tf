import {
  to = awscc_ec2_customer_gateway.example
  identity = {
    customer_gateway_id = "customer_gateway_id"
  }
}

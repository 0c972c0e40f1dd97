import {
  to = awscc_wisdom_quick_response.example
  identity = {
    quick_response_arn = "quick_response_arn"
  }
}

import {
  to = awscc_wisdom_quick_response.example
  id = "quick_response_arn"
}
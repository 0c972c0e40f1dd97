import {
  to = awscc_frauddetector_list.example
  id = "arn"
}
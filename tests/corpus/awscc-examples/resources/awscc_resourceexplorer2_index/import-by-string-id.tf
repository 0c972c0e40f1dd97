import {
  to = awscc_resourceexplorer2_index.example
  id = "arn"
}
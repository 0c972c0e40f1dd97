import {
  to = awscc_resourceexplorer2_index.example
  identity = {
    arn = "arn"
  }
}

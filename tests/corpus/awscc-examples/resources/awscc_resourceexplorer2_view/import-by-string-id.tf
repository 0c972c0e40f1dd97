import {
  to = awscc_resourceexplorer2_view.example
  id = "view_arn"
}
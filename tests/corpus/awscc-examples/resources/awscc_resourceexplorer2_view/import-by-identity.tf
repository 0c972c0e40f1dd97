import {
  to = awscc_resourceexplorer2_view.example
  identity = {
    view_arn = "view_arn"
  }
}

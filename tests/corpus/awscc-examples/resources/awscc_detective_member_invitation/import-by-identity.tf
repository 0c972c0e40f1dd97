import {
  to = awscc_detective_member_invitation.example
  identity = {
    graph_arn = "graph_arn"
    member_id = "member_id"
  }
}

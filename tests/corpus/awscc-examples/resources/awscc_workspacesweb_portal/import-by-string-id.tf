import {
  to = awscc_workspacesweb_portal.example
  id = "portal_arn"
}
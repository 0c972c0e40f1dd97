import {
  to = awscc_notificationscontacts_email_contact.example
  identity = {
    arn = "arn"
  }
}

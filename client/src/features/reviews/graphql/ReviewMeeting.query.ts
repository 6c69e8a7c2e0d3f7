import { graphql } from '@/__generated__';

export const ReviewMeetingQuery = graphql(`
  query ReviewMeeting($id: ID!) {
    reviewCycle(id: $id) {
      id
      quarter
      status
      meetingOn
      plan {
        id
        slug
        title
      }
      agenda {
        position
        ...MeetingItem_item
      }
    }
    partners {
      id
      name
    }
  }
`);

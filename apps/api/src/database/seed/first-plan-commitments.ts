import type { LocalizedText } from '@open-proposals/domain';

/** One commitment as the published plan states it: the fields the seed owns (and may correct), nothing an admin reports later. */
export interface SeedCommitment {
  /** The plan's own numbering, nap-1-<area>.<item>, in document order. */
  readonly code: string;
  readonly areaCode: string;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
}

/**
 * The 19 commitments of the first action plan, in the order and words of the National Development
 * Council's progress report 〈臺灣開放政府國家行動方案 推動進展〉 (section 叁、三): titles and summaries in zh-TW exactly as
 * printed, with faithful English translations. The report gives the origins only as totals and names no
 * responsible agency for any one commitment, so the seed records neither (the totals are on the plan, see first-action-plan.ts).
 */
export const FIRST_PLAN_COMMITMENTS: readonly SeedCommitment[] = [
  {
    code: 'nap-1-1.1',
    areaCode: 'open-data',
    title: { 'zh-TW': '完備政府資料開放與再利用制度', en: 'Completing the system for opening and reusing government data' },
    summary: {
      'zh-TW': '政府資料開放平台提供開放格式資料，以無償方式、不可撤回、開放授權原則，便利民間加值應用，參酌國際作法，邀集產政學代表，共同研擬高優先開放資料評估標準及公眾諮詢機制。',
      en: 'The government open data platform provides data in open formats, free of charge, irrevocably and under open licences, so that the public can build value-added applications on it. Drawing on international practice, representatives of industry, government and academia are invited to draw up together the criteria for judging which data should be opened first and a mechanism for consulting the public.',
    },
  },
  {
    code: 'nap-1-1.2',
    areaCode: 'open-data',
    title: { 'zh-TW': '建立開放資料集平台，提供加值運用', en: 'Building an open dataset platform for value-added use' },
    summary: {
      'zh-TW': '建立資料集平台於國家實驗研究院國家高速網路與計算中心，收錄空氣品質、水資源、地震、災防、大氣及衛星等公共問題相關的高價值資料，方便產、官、學研、社群、民眾等各界取得數據，進行後續分析產出。',
      en: 'Build a dataset platform at the National Center for High-performance Computing of the National Applied Research Laboratories that gathers high-value data on public issues such as air quality, water resources, earthquakes, disaster prevention, the atmosphere and satellites, so that industry, government, academia and research, civic communities and the public can easily obtain the data and analyse it further.',
    },
  },
  {
    code: 'nap-1-1.3',
    areaCode: 'open-data',
    title: { 'zh-TW': '強化數位隱私與個資保護', en: 'Strengthening digital privacy and personal data protection' },
    summary: {
      'zh-TW': '數位時代分享與運用個資已為趨勢，為避免個資在缺乏自主意識下，任意被他人蒐集、處理或利用，研議拒絕權、查詢或請求閱覽權、告知、個資外洩通知及同意等重要議題，使個資保護措施更臻完善。',
      en: 'Sharing and using personal data has become the norm in the digital age. So that personal data is not collected, processed or used by others at will without the data subject\'s informed choice, study key issues such as the right to object, the rights to inquire and to request access, notification, notification of personal data breaches, and consent, making the protection of personal data more complete.',
    },
  },
  {
    code: 'nap-1-1.4',
    areaCode: 'open-data',
    title: { 'zh-TW': '落實政府資訊公開法之資訊取用權', en: 'Putting into practice the right of access to information under the Freedom of Government Information Law' },
    summary: {
      'zh-TW': '促進政府機關正確適用政府資訊公開法，強化對公務人員培訓，保障人民權益，並促請各機關檢討提供政府資訊收費標準。',
      en: 'Help government agencies apply the Freedom of Government Information Law correctly, strengthen the training of civil servants, protect people\'s rights and interests, and urge every agency to review its fees for providing government information.',
    },
  },
  {
    code: 'nap-1-1.5',
    areaCode: 'open-data',
    title: { 'zh-TW': '環境領域的資訊揭露', en: 'Information disclosure in the environmental field' },
    summary: {
      'zh-TW': '提升環保公務體系對於民眾參與的相關認知與實際操作、整合環境開放資料、環境資訊公共參與、公民科學數據連結及強化離岸風電海域資料開放與整合。',
      en: 'Improve the environmental civil service\'s understanding and practice of public participation, integrate environmental open data, public participation in environmental information and links to citizen-science data, and strengthen the opening and integration of marine data for offshore wind power.',
    },
  },
  {
    code: 'nap-1-2.1',
    areaCode: 'public-participation',
    title: { 'zh-TW': '全國性公民投票案電子連署', en: 'Electronic signatures for national referendum proposals' },
    summary: {
      'zh-TW': '公投電子連署系統上線，提升公投電子連署透明度，擴大民眾政治參與度，利用公投意見發表會等場域，促進民主深入討論，多元呈現事實與觀點。',
      en: 'Bring the electronic signature system for referendums into service, make electronic signatures for referendums more transparent, broaden citizens\' political participation, and use occasions such as referendum presentation meetings to foster deeper democratic discussion that presents facts and views from many sides.',
    },
  },
  {
    code: 'nap-1-2.2',
    areaCode: 'public-participation',
    title: { 'zh-TW': '青年政策參與', en: 'Youth participation in policy' },
    summary: {
      'zh-TW': '辦理青年 Let\'s Talk，培力審議民主知能，讓有意願參與公共政策討論的青年，有機會提出對公共政策的想法和建言，並追蹤落實情形。此外，整合全國青諮資訊網站，加強平台資訊交流與共享。',
      en: 'Hold Youth Let\'s Talk sessions and build knowledge of deliberative democracy, so that young people who wish to join discussions of public policy have the chance to put forward their ideas and recommendations, and follow up on how these are implemented. In addition, integrate the national youth advisory websites and strengthen the exchange and sharing of information among the platforms.',
    },
  },
  {
    code: 'nap-1-2.3',
    areaCode: 'public-participation',
    title: { 'zh-TW': '地方創生互動平台機制建置', en: 'Building an interactive platform for regional revitalisation' },
    summary: {
      'zh-TW': '建立「地方創生資訊共享交流平台」，以共同協作模式，即時整合地方創生優良案例及相關資訊，讓民間參與者掌握重要資訊，促進交流學習，提出切合地方需求的事業提案。',
      en: 'Set up a \'Regional Revitalisation Information Sharing and Exchange Platform\' that, through collaboration, brings together good regional revitalisation cases and related information in real time, so that participants from civil society have the key information, learn from one another and put forward business proposals that fit local needs.',
    },
  },
  {
    code: 'nap-1-2.4',
    areaCode: 'public-participation',
    title: { 'zh-TW': '鼓勵勞工籌組工會', en: 'Encouraging workers to form unions' },
    summary: {
      'zh-TW': '透過研議相關法制規定、簡化行政程序、協助諮詢及避免雇主不當勞動行為等四個層面，協助勞工籌組工會，提升勞工籌組意願，保障結社權。',
      en: 'Help workers form unions along four lines (reviewing the relevant legal rules, simplifying administrative procedures, offering advice, and preventing unfair labour practices by employers), so that more workers are willing to organise and their freedom of association is protected.',
    },
  },
  {
    code: 'nap-1-2.5',
    areaCode: 'public-participation',
    title: { 'zh-TW': '將開放政府觀念納入公民與社會課程與教學推動範圍，強化教師增能', en: 'Bringing the idea of open government into civics and society curricula and teaching, and building teachers\' capacity' },
    summary: {
      'zh-TW': '盤點現行課程內容，以開放政府概念深入分析不足處，透過教師培力，讓教師及行政人員具備開放政府知能，系統性引導學生理解開放政府概念。',
      en: 'Review the current curriculum, analyse in depth where it falls short on open government, and through teacher training give teachers and administrative staff the knowledge of open government needed to guide students systematically towards understanding it.',
    },
  },
  {
    code: 'nap-1-3.1',
    areaCode: 'inclusion',
    title: { 'zh-TW': '促進性別包容對話與參與', en: 'Promoting inclusive dialogue and participation on gender' },
    summary: {
      'zh-TW': '增進《消除對婦女一切形式歧視公約》(CEDAW) 國家報告撰寫、公布、審查的公民參與管道，提升行政機關與社會大眾對 CEDAW 認識及引用。',
      en: 'Widen the channels for citizen participation in drafting, publishing and reviewing the national report under the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW), and raise government agencies\' and the public\'s awareness and use of CEDAW.',
    },
  },
  {
    code: 'nap-1-3.2',
    areaCode: 'inclusion',
    title: { 'zh-TW': '促進新住民公共參與及發展', en: 'Promoting new immigrants\' public participation and development' },
    summary: {
      'zh-TW': '培力新住民發揮語言及多元文化優勢，提升參與公共服務能力，並鼓勵新住民參與公共事務，增加其於公共事務代表性。',
      en: 'Help new immigrants build on their language skills and multicultural strengths, improve their ability to take part in public services, and encourage them to take part in public affairs so that they are better represented in them.',
    },
  },
  {
    code: 'nap-1-3.3',
    areaCode: 'inclusion',
    title: { 'zh-TW': '擴大原住民族跨域參與及國際接軌', en: 'Widening Indigenous Peoples\' cross-sector participation and international links' },
    summary: {
      'zh-TW': '研擬參與原住民族政策討論及制定的民眾提案機制，配合國內外南島學術研究與南島認知的深入與推廣，建立南島圖書資訊資料庫。',
      en: 'Design a mechanism for public proposals that takes part in the discussion and making of Indigenous Peoples policy and, in step with the deepening and spread of Austronesian research and awareness at home and abroad, build an Austronesian library and information database.',
    },
  },
  {
    code: 'nap-1-3.4',
    areaCode: 'inclusion',
    title: { 'zh-TW': '推動客家議題公共參與', en: 'Promoting public participation on Hakka issues' },
    summary: {
      'zh-TW': '運用科技優化客家公共事務參與，鼓勵客家青年共同參與客家公共事務，保障客家文化永續發展。',
      en: 'Use technology to improve participation in Hakka public affairs, encourage young Hakka people to take part in Hakka public affairs together, and safeguard the sustainable development of Hakka culture.',
    },
  },
  {
    code: 'nap-1-4.1',
    areaCode: 'integrity',
    title: { 'zh-TW': '強化政治獻金透明化', en: 'Making political donations more transparent' },
    summary: {
      'zh-TW': '盤整現行政治獻金或選舉經費透明規定及實施情形，研議政治獻金或選舉經費透明化機制，並推動強制揭露關係人交易資訊修法作業。',
      en: 'Review the current transparency rules for political donations and campaign finance and how they are applied, study mechanisms to make political donations and campaign finance transparent, and work on amending the law to require the disclosure of related-party transactions.',
    },
  },
  {
    code: 'nap-1-4.2',
    areaCode: 'integrity',
    title: { 'zh-TW': '建置與精進機關採購廉政平台', en: 'Building and improving integrity platforms for government procurement' },
    summary: {
      'zh-TW': '建置「廉政平台單一入口網站」，設置與優化平台專區或網頁，建立與相關政府機關、民間團體及廠商、民眾等多元利害關係人跨域溝通管道。',
      en: 'Build a single-entry \'Integrity Platform\' website, set up and improve sections or web pages of the platforms, and open cross-sector channels of communication with many stakeholders, including the government agencies concerned, civil society groups, contractors and the public.',
    },
  },
  {
    code: 'nap-1-4.3',
    areaCode: 'integrity',
    title: { 'zh-TW': '推動揭弊者保護法立法', en: 'Enacting a Whistleblower Protection Act' },
    summary: {
      'zh-TW': '揭弊者保護權益明文化，提供揭弊者安心吹哨保護機制，促使民眾參與揭露貪瀆相關犯罪及重大違規，即時發掘弊端，有效打擊政府機關及私人企業內部不法行為。',
      en: 'Write whistleblowers\' rights and protection into law and provide a mechanism under which they can blow the whistle without fear, encouraging the public to help expose corruption-related crimes and serious violations, so that wrongdoing is uncovered promptly and unlawful conduct inside government agencies and private companies is effectively fought.',
    },
  },
  {
    code: 'nap-1-5.1',
    areaCode: 'anti-money-laundering',
    title: { 'zh-TW': '實質受益人資訊透明', en: 'Transparency of beneficial ownership information' },
    summary: {
      'zh-TW': '確保「商工登記公示資料查詢服務」及「公司負責人及主要股東資訊申報平台」兩大平台查詢及申報資料正確性，並推動信託業依相關法令辦理公益信託客戶資訊揭露。',
      en: 'Ensure that the data queried and filed on two platforms, the \'Business Registration Public Information Service\' and the \'Platform for Filing Information on Company Responsible Persons and Major Shareholders\', is correct, and have trust enterprises disclose information on the clients of charitable trusts as the relevant laws and regulations require.',
    },
  },
  {
    code: 'nap-1-5.2',
    areaCode: 'anti-money-laundering',
    title: { 'zh-TW': '執行宗教團體財務透明之相關政策，阻絕洗錢漏洞', en: 'Carrying out policies on religious groups\' financial transparency to close money-laundering loopholes' },
    summary: {
      'zh-TW': '加強全國性宗教財團法人財務監督，結合各類型宗教團體輔導所轄成員健全財務管理機制，與地方政府合作促進宗教團體財務透明化。',
      en: 'Strengthen the financial supervision of national religious foundations, work with religious groups of every kind to help their members put sound financial management in place, and cooperate with local governments to make religious groups\' finances transparent.',
    },
  },
];
